import { allow, type IRules } from '@steward/kernel';
import { holdsInArgument, isPrincipal, readableObject } from '../../rules.js';

/** Budgets are read with `metrics:read` and changed with `budget:manage` (the services check the budget's own organization). */
export const budgetsRules: IRules = {
  Query: {
    budget: isPrincipal,
    budgets: holdsInArgument('metrics:read'),
    budgetAlert: isPrincipal,
    budgetAlerts: holdsInArgument('metrics:read'),
  },
  Mutation: {
    createBudget: holdsInArgument('budget:manage', 'input'),
    updateBudget: isPrincipal,
    deleteBudget: isPrincipal,
  },
  Budget: readableObject('Budget'),
  BudgetAlert: readableObject('Budget alert'),
  BudgetWindow: allow,
  BudgetForecast: allow,
  BudgetEdge: allow,
  BudgetConnection: allow,
  BudgetAlertEdge: allow,
  BudgetAlertConnection: allow,
};
