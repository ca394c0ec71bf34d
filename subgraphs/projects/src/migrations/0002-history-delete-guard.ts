import { Migration } from '@mikro-orm/migrations';

/**
 * The version history refused UPDATE only, so a DELETE could still erase who promoted what. It
 * now refuses DELETE too, except when the row's project is gone: deleting a project cascades to
 * its history (the foreign key's cascade runs after the project row is deleted, so the trigger no
 * longer sees it), and the history of a project that no longer exists has nothing to protect.
 * Deleting a single version is refused as well, since its history would go with it.
 */
export class Migration0002HistoryDeleteGuard extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function projects.refuse_history_delete() returns trigger language plpgsql as $$
      begin
        if exists (select 1 from projects.projects p where p.id = old.project_id) then
          raise exception 'version history is append-only';
        end if;
        return old;
      end $$`);
    this.addSql(`create trigger version_transitions_no_delete before delete on projects.version_transitions
      for each row execute function projects.refuse_history_delete()`);
  }
}
