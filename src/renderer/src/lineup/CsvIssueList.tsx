import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiIssue } from '../../../shared/api/errors';
import { issueText } from '../app/issue-text';

/** The core may start a message with its own English "Row 4, column price: "; the UI says that. */
const PLACE_PREFIX = /^Row \d+(, column [^:]+)?: /;

/** CSV problems, each naming its row and column when the core knows them. */
export function CsvIssueList({ issues }: { issues: readonly ApiIssue[] }) {
  const { t } = useTranslation();
  const place = (issue: ApiIssue) => {
    if (issue.row !== undefined && issue.column !== undefined) {
      return t('csv.issueAtCell', { row: issue.row, column: issue.column });
    }
    if (issue.row !== undefined) return t('csv.issueAtRow', { row: issue.row });
    if (issue.column !== undefined) return t('csv.issueAtColumn', { column: issue.column });
    return null;
  };
  return (
    <List size="sm" spacing={4} aria-label={t('csv.issuesLabel')} data-testid="csv-issues">
      {issues.map((issue, index) => {
        const where = place(issue);
        return (
          <List.Item key={`${issue.row ?? ''}-${issue.column ?? ''}-${index}`}>
            {where && (
              <Text span fw={700} size="sm">
                {where}:{' '}
              </Text>
            )}
            {where ? issueText(t, issue).replace(PLACE_PREFIX, '') : issueText(t, issue)}
          </List.Item>
        );
      })}
    </List>
  );
}
