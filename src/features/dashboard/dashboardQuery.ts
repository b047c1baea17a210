// What the dashboard reads and derives, as one plain async function: used by its hook and by the bench.
import type { Repositories } from '../../data/repositories';
import { buildDashboard } from '../../domain/dashboard';

export async function loadDashboard(repos: Repositories, today: string) {
  // Only what decides the items, through indexes: flat as the home's history grows.
  const records = await repos.queries.dashboard(today);
  const { children, contacts, agreements, staff, goals } = records;
  return {
    items: buildDashboard({ ...records, today }),
    children: new Map(children.map((child) => [child.id, child])),
    contacts: new Map(contacts.map((contact) => [contact.id, contact])),
    agreements: new Map(agreements.map((agreement) => [agreement.id, agreement])),
    goals: new Map(goals.map((goal) => [goal.id, goal])),
    staff: new Map(staff.map((member) => [member.id, member])),
  };
}

export type DashboardData = Awaited<ReturnType<typeof loadDashboard>>;
