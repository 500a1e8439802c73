import type { StudyReport } from '../../api/types.js'
import { ScrollRegion } from './scroll-region.js'

type Table = StudyReport['tables'][number]

/** The report's regression tables as the paper lays them out, each scrollable on a phone. */
export function EstimateTables({
  tables,
  note,
}: {
  readonly tables: readonly Table[]
  readonly note: string
}) {
  return (
    <>
      {tables.map((table) => (
        <RegressionTable key={table.title} table={table} />
      ))}
      <p className="muted small">{note}</p>
    </>
  )
}

export function RegressionTable({ table }: { readonly table: Table }) {
  return (
    <ScrollRegion label={table.title}>
      <table className="estimate-table">
        <caption>{table.title}</caption>
        <thead>
          <tr>
            {table.columns.map((column, i) =>
              i === 0 ? (
                <td key="corner" />
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: headings repeat across models
                <th key={i} scope="col">
                  {column}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {table.body.map((row, r) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: standard-error rows have no label
            <tr key={r} className={row.label ? undefined : 'standard-error'}>
              <th scope="row">
                {row.label || <span className="visually-hidden">Standard error</span>}
              </th>
              {row.cells.map((cell, c) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                <td key={c}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          {table.footer.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, c) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                <td key={c}>{cell}</td>
              ))}
            </tr>
          ))}
        </tfoot>
      </table>
    </ScrollRegion>
  )
}
