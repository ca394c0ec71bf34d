/**
 * A report a user uploaded cannot be read. `where` names the offending part in the report's own
 * terms (`runs[0].results[3].locations[0]`, `testsuite[2].testcase[0]@name`, `line 14`, or `file`
 * for the whole upload); the subgraph maps this error to BAD_USER_INPUT.
 */
export class ReportError extends Error {
  override readonly name = 'ReportError';

  constructor(
    readonly format: string,
    readonly where: string,
    message: string,
  ) {
    super(message);
  }
}
