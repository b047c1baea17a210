// Settings hook: change the signed-in staff member's own password.
import { useRepos } from '../../ui/AppContext';

export function useChangePassword() {
  const repos = useRepos();
  return (current: string, next: string) => repos.session.changePassword(current, next);
}
