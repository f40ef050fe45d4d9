import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COLUMNS, cells } from "./cells.js";
import { judge } from "./helpers.js";
import { WORKED_EXAMPLES } from "./worked-examples.js";

const DOC = new URL("../../docs/statuses.md", import.meta.url);

/** The worked-examples table of docs/statuses.md: name → [t, ...cells]. */
function docRows(): Map<string, string[]> {
  const text = readFileSync(DOC, "utf8");
  const start = text.indexOf("<!-- worked-examples:start -->");
  const end = text.indexOf("<!-- worked-examples:end -->");
  expect(start).toBeGreaterThan(-1);
  expect(end).toBeGreaterThan(start);
  const rows = new Map<string, string[]>();
  for (const line of text.slice(start, end).split("\n")) {
    if (!line.startsWith("|") || line.startsWith("|--") || line.startsWith("| example")) continue;
    const c = line
      .split("|")
      .slice(1, -1)
      .map((x) => x.trim().replace(/^`|`$/g, ""));
    // example | target | data | t | v … status
    const [name, , , ...rest] = c;
    if (name) rows.set(name, rest);
  }
  return rows;
}

describe("worked examples (docs/statuses.md)", () => {
  const rows = docRows();

  it("the document's table has exactly the encoded examples", () => {
    expect([...rows.keys()]).toEqual(WORKED_EXAMPLES.map((e) => e.name));
  });

  for (const e of WORKED_EXAMPLES) {
    it(`${e.name}: evaluation gives the document's numbers`, () => {
      const r = judge(e.target, e.observations, e.asOf);
      expect(r.status).toBe(e.status);
      expect(r.detail).toBe(e.detail);
      expect(cells(r)).toEqual(e.row);
      expect(e.row).toHaveLength(COLUMNS.length);
    });

    it(`${e.name}: the document shows the same numbers`, () => {
      expect(rows.get(e.name)).toEqual([e.asOf, ...e.row]);
    });
  }
});
