import type { SqlConnector } from './connector';

/** Run `work` in a transaction: committed when it resolves, rolled back when it throws. */
export async function inTransaction<T>(
  connector: SqlConnector,
  work: () => Promise<T>,
): Promise<T> {
  await connector.run('BEGIN TRANSACTION');
  let result: T;
  try {
    result = await work();
  } catch (error) {
    await connector.run('ROLLBACK');
    throw error;
  }
  await connector.run('COMMIT');
  return result;
}
