import { CreateScopeTagWizard } from '@/components/scope-tags/create/create-scope-tag-wizard';

export default function CreateScopeTagPage() {
  return <CreateScopeTagWizard />;
}
