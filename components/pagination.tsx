'use client';
import { Button, Text, Toolbar } from '@fluentui/react-components';
import { ChevronLeft20Regular, ChevronRight20Regular } from '@fluentui/react-icons';
import { usePaginationStyles } from './pagination.styles';

interface PaginationProps {
  /** 1-based. */
  page: number;
  pageCount: number;
  pageSize: number;
  totalCount: number;
  onPageChange: (page: number) => void;
}

/** Fluent has no paginator: Previous / Next and where the page sits in the whole list. */
export function Pagination({ page, pageCount, pageSize, totalCount, onPageChange }: PaginationProps) {
  const styles = usePaginationStyles();
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(page * pageSize, totalCount);
  // Past the end (a stale bookmark) there are no rows to count, only the way back.
  const showing = first <= last ? `Showing ${first} to ${last} of ${totalCount} · ` : '';
  return (
    <Toolbar aria-label="Pages" className={styles.root}>
      <Button icon={<ChevronLeft20Regular />} disabled={page <= 1} onClick={() => onPageChange(page - 1)}>
        Previous
      </Button>
      <Text aria-live="polite">
        {showing}Page {page} of {pageCount}
      </Text>
      <Button icon={<ChevronRight20Regular />} iconPosition="after" disabled={page >= pageCount} onClick={() => onPageChange(page + 1)}>
        Next
      </Button>
    </Toolbar>
  );
}
