import { ScopeTagListLoading } from '@/components/scope-tags/scope-tag-list-loading';

export default function ScopeTagsLoading() {
  return <ScopeTagListLoading />;
}
