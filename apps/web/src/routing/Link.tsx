import type { MouseEvent, ReactNode } from 'react';
import { navigate } from './navigation';

interface LinkProps {
  href: string;
  className?: string;
  /** The page the link shows is the one shown (`aria-current="page"`), e.g. in a section menu. */
  current?: boolean;
  testId?: string;
  children: ReactNode;
}

/** A plain <a> that navigates in-app on a normal click and behaves natively otherwise. */
export function Link({ href, className, current, testId, children }: LinkProps) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <a
      href={href}
      className={className}
      aria-current={current ? 'page' : undefined}
      data-testid={testId}
      onClick={onClick}
    >
      {children}
    </a>
  );
}
