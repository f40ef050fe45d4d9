/** Duplicate detection over the rows of a drop: the first row of each indicator × period × area. */

/**
 * The rows seen so far, for duplicate detection. A row's key is a whole
 * number (see `keyOf` in plan-index.ts: indicator × area × period, each by
 * its index), kept with the first row's file, line, value and period length
 * (months: 1, 3 or 12, which with the key gives back the period as written)
 * in typed arrays: 21 bytes a row, where string keys in a Map took over 100.
 * The entries are the rows that stand for each key once a drop is read, so
 * the plausibility pass reads its series from them (`columns`), keeping no
 * copy of its own. Keys fit
 * 32 bits for any plan of a county's size; a larger plan's keys (up to 2^53)
 * move the keys to a Float64Array. One index may be shared by the files of
 * a drop.
 *
 * Most keys are new, so that answer is made cheap: a bitmap of the keys seen
 * (one bit per possible key, while the keys are small enough; a plan's key
 * space is usually a few million) says so without a hash lookup, and in key
 * order, so a drop sorted by indicator, period or area reads it almost in
 * sequence. The hash table that finds a key's first row (open addressing
 * over entry numbers) is built only when a key repeats, or when a key is too
 * large for the bitmap; from then on it is kept up to date with every row.
 */
export class DuplicateIndex {
  /** one bit per key seen; undefined once a key was too large for it */
  private bits: Uint32Array | undefined = new Uint32Array(1024);
  /** entry + 1 per hash slot (0: empty); undefined until needed */
  private table: Uint32Array | undefined;
  private count = 0;
  private files: string[] = [];
  private fileIds = new Map<string, number>();
  /** 32-bit keys while every key fits, whole numbers up to 2^53 after the first that does not */
  private keys: Uint32Array | Float64Array = new Uint32Array(1024);
  private fileOf = new Uint32Array(1024);
  private lines = new Uint32Array(1024);
  private values = new Float64Array(1024);
  private months = new Uint8Array(1024);
  /** 1 where the standing row is another unit's figure (issue 20, item 3: the owner's wins) */
  private others = new Uint8Array(1024);

  /** entries recorded: one per distinct key */
  get size(): number {
    return this.count;
  }

  /**
   * The entries as columns: entry i (0 ≤ i < size) is the row standing for
   * its key, with its file's number (see `fileName`), line, value and period
   * length in months (1, 3 or 12). The arrays themselves, for a pass over
   * every entry once the rows are read: longer than `size`, replaced as
   * entries are added, and not to be written to.
   */
  columns(): {
    keys: Uint32Array | Float64Array;
    files: Uint32Array;
    lines: Uint32Array;
    values: Float64Array;
    months: Uint8Array;
  } {
    return {
      keys: this.keys,
      files: this.fileOf,
      lines: this.lines,
      values: this.values,
      months: this.months,
    };
  }

  /** The name of file number `id` (numbered in the order first seen). */
  fileName(id: number): string {
    return this.files[id] ?? "";
  }

  /**
   * The row standing for this key (the first, or the one that last took its
   * place: see `replace`), with whether it is another unit's figure; or,
   * when there is none, undefined after recording this row as the first.
   */
  firstOrAdd(
    key: number,
    file: string,
    line: number,
    value: number,
    months: number,
    other = false,
  ): { entry: number; file: string; line: number; value: number; other: boolean } | undefined {
    const bits = this.bitsFor(key);
    if (bits) {
      const word = key >>> 5;
      const bit = 1 << (key & 31);
      const seen = bits[word] ?? 0;
      if ((seen & bit) === 0) {
        bits[word] = seen | bit;
        this.append(key, file, line, value, months, other);
        return undefined;
      }
    }
    // seen before (or no bitmap to tell): the hash table knows
    const i = this.find(key);
    if (i >= 0) {
      return {
        entry: i,
        file: this.files[this.fileOf[i] ?? 0] ?? "",
        line: this.lines[i] ?? 0,
        value: this.values[i] ?? 0,
        other: this.others[i] === 1,
      };
    }
    this.append(key, file, line, value, months, other);
    return undefined;
  }

  /**
   * A later row takes the place of an entry (a revision, a repeat in a later
   * file, or the owner's figure after another unit's).
   */
  replace(
    entry: number,
    file: string,
    line: number,
    value: number,
    months: number,
    other = false,
  ): void {
    this.fileOf[entry] = this.fileId(file);
    this.lines[entry] = line;
    this.values[entry] = value;
    this.months[entry] = months;
    this.others[entry] = other ? 1 : 0;
  }

  private fileId(file: string): number {
    let f = this.fileIds.get(file);
    if (f === undefined) {
      f = this.files.length;
      this.files.push(file);
      this.fileIds.set(file, f);
    }
    return f;
  }

  /** The bitmap, grown to hold `key`; undefined (for good) when the key is too large. */
  private bitsFor(key: number): Uint32Array | undefined {
    const bits = this.bits;
    if (!bits || key >>> 5 < bits.length) return bits;
    if (key >= MAX_BITMAP_KEYS) {
      this.bits = undefined;
      this.buildTable();
      return undefined;
    }
    let words = bits.length * 2;
    while (key >>> 5 >= words) words *= 2;
    this.bits = grow(bits, new Uint32Array(words));
    return this.bits;
  }

  /** The entry with this key, or -1 (builds the hash table on first use). */
  private find(key: number): number {
    const table = this.table ?? this.buildTable();
    const mask = table.length - 1;
    for (let h = hash(key) & mask; table[h] !== 0; h = (h + 1) & mask) {
      const i = (table[h] ?? 0) - 1;
      if (this.keys[i] === key) return i;
    }
    return -1;
  }

  /** Records a first row (in the hash table too, once there is one). */
  private append(
    key: number,
    file: string,
    line: number,
    value: number,
    months: number,
    other: boolean,
  ): void {
    const i = this.count++;
    if (key > MAX_UINT32 && this.keys instanceof Uint32Array) {
      this.keys = grow(this.keys, new Float64Array(this.keys.length));
    }
    if (i === this.lines.length) {
      this.keys =
        this.keys instanceof Uint32Array
          ? grow(this.keys, new Uint32Array(i * 2))
          : grow(this.keys, new Float64Array(i * 2));
      this.fileOf = grow(this.fileOf, new Uint32Array(i * 2));
      this.lines = grow(this.lines, new Uint32Array(i * 2));
      this.values = grow(this.values, new Float64Array(i * 2));
      this.months = grow(this.months, new Uint8Array(i * 2));
      this.others = grow(this.others, new Uint8Array(i * 2));
    }
    this.keys[i] = key;
    this.fileOf[i] = this.fileId(file);
    this.lines[i] = line;
    this.values[i] = value;
    this.months[i] = months;
    this.others[i] = other ? 1 : 0;
    if (!this.table) return;
    if (this.count * 4 > this.table.length * 3) this.buildTable();
    else this.insert(this.table, i);
  }

  /** (Re)builds the hash table over every entry, kept at most three quarters full. */
  private buildTable(): Uint32Array {
    let length = 1 << 12;
    while (this.count * 4 > length * 3) length *= 2;
    const table = new Uint32Array(length);
    for (let i = 0; i < this.count; i++) this.insert(table, i);
    this.table = table;
    return table;
  }

  private insert(table: Uint32Array, i: number): void {
    const mask = table.length - 1;
    let h = hash(this.keys[i] ?? 0) & mask;
    while (table[h] !== 0) h = (h + 1) & mask;
    table[h] = i + 1;
  }
}

/**
 * Keys below this have a bit each (2^26 bits: 8 MiB, what the hash table
 * takes for about 1.5 million rows); a larger key retires the bitmap.
 */
const MAX_BITMAP_KEYS = 2 ** 26;

function grow<T extends Float64Array | Uint32Array | Uint8Array>(
  a: Float64Array | Uint32Array | Uint8Array,
  b: T,
): T {
  b.set(a);
  return b;
}

const MAX_UINT32 = 0xffffffff;

/** Spreads consecutive keys over the table (a 32-bit integer mix; a larger key's high part mixed in). */
function hash(key: number): number {
  let x = key > MAX_UINT32 ? (key >>> 0) ^ Math.imul(Math.floor(key / 2 ** 32), 0x9e3779b1) : key;
  x >>>= 0;
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
  return (x ^ (x >>> 16)) >>> 0;
}
