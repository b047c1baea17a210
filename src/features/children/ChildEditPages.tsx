// Route pages for creating and editing a child around the shared ChildForm.
import { useNavigate } from 'react-router';
import { ChildForm } from './ChildForm';
import { useChildCommands } from './useChildren';
import { useChildFromRoute } from './useChildFromRoute';

export function NewChildPage() {
  const navigate = useNavigate();
  const { create } = useChildCommands();
  return (
    <ChildForm
      onCancel={() => navigate('/children')}
      onSubmit={async (draft) => {
        const child = await create(draft);
        navigate(`/children/${child.id}/details`);
      }}
    />
  );
}

export function EditChildPage() {
  const child = useChildFromRoute();
  const navigate = useNavigate();
  const { update } = useChildCommands();
  return (
    <ChildForm
      initial={child}
      onCancel={() => navigate(`/children/${child.id}/details`)}
      onSubmit={async (draft) => {
        await update(child.id, draft);
        navigate(`/children/${child.id}/details`);
      }}
    />
  );
}
