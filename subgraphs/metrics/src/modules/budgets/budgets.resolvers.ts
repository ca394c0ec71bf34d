import type { ResolverMap } from '@steward/kernel';
import { Budget } from './resolvers/Budget.js';
import { BudgetAlert } from './resolvers/BudgetAlert.js';
import { createBudget } from './resolvers/Mutation/createBudget.js';
import { deleteBudget } from './resolvers/Mutation/deleteBudget.js';
import { updateBudget } from './resolvers/Mutation/updateBudget.js';
import { budget } from './resolvers/Query/budget.js';
import { budgetAlert } from './resolvers/Query/budgetAlert.js';
import { budgetAlerts } from './resolvers/Query/budgetAlerts.js';
import { budgets } from './resolvers/Query/budgets.js';

/** The budgets module's resolvers. */
export const budgetsResolvers: ResolverMap = {
  Query: { budget, budgets, budgetAlert, budgetAlerts },
  Mutation: { createBudget, updateBudget, deleteBudget },
  Budget,
  BudgetAlert,
};
