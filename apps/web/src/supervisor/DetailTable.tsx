import type { ReactNode } from 'react';

interface DetailTableProps {
  /** Names the section: its heading's id is `${name}-heading`. */
  name: string;
  heading: string;
  /** Shown beside the heading in brackets, when given. */
  count?: number;
  /** The text shown instead of the table when there are no rows. */
  emptyText: string;
  emptyTestId?: string;
  /** The table's test id. */
  testId: string;
  /** The column headings, in order. */
  columns: readonly string[];
  /** The rows (`<tr>`), or none for the empty text. */
  rows: readonly ReactNode[];
}

/**
 * One section of a tenant's drill-down: a heading, then a table or a line saying it is empty. On a
 * phone each row reads as a card (supervisor.css), its cells labelled by their `data-label`, so
 * nothing is cut off at the screen's edge.
 */
export function DetailTable({
  name,
  heading,
  count,
  emptyText,
  emptyTestId,
  testId,
  columns,
  rows,
}: DetailTableProps) {
  const headingId = `${name}-heading`;
  return (
    <section className="panel detail-section" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {heading}
        {count !== undefined && (
          <>
            {' '}
            <span className="count">({count})</span>
          </>
        )}
      </h3>
      {rows.length === 0 ? (
        <p data-testid={emptyTestId}>{emptyText}</p>
      ) : (
        <div className="table-scroll">
          <table className="table table-cards" data-testid={testId}>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{rows}</tbody>
          </table>
        </div>
      )}
    </section>
  );
}
