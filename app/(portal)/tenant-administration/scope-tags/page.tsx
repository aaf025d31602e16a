import { ScopeTagList } from '@/components/scope-tags/scope-tag-list';

export default function ScopeTagsPage() {
  return <ScopeTagList />;
}
