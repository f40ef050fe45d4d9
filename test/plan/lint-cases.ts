/**
 * Authoring mistakes for `cwplan plan lint`'s table test: each an edit of
 * fixtures/plans/zh-only.yaml (a plan that lints clean) as an analyst might
 * make it. `from` must occur in the plan once.
 */
export interface Mistake {
  what: string;
  from: string;
  to: string;
}

export const MISTAKES: Mistake[] = [
  {
    what: "title written as plain text",
    from: "title: { zh: 示例县城镇化方案 }",
    to: "title: 示例方案",
  },
  {
    what: "a section as a bare title",
    from: "  - { numeral: 一, title: { zh: 重点任务 } }",
    to: "  - 重点任务",
  },
  { what: "a target without its quote", from: "quote: 公共供水管网漏损率控制在9%以内, ", to: "" },
  {
    what: "a deadline in words",
    from: "deadline: 2027-12-31, cadence: annual",
    to: "deadline: 2027年底, cadence: annual",
  },
  { what: "an owner's name mistyped", from: "owner: 县人社局 }", to: "owner: 县人设局 }" },
  {
    what: "a measure's unit mistyped",
    from: "{ unit: 县住建局, role: sole }",
    to: "{ unit: 县主建局, role: sole }",
  },
  {
    what: "an owner the measure does not name",
    from: "owner: 县人社局 }",
    to: "owner: 县住建局 }",
  },
  {
    what: "a quote not in the measure's text",
    from: "quote: 新增绿色建筑10万平方米以上 }",
    to: "quote: 新建绿色建筑10万平方米以上 }",
  },
  {
    what: "a deadline after the plan's end",
    from: "value: 10, unit: 万平方米, deadline: 2027-12-31",
    to: "value: 10, unit: 万平方米, deadline: 2028-12-31",
  },
  { what: "a percent above 100", from: 'value: 9, unit: "%"', to: 'value: 900, unit: "%"' },
  {
    what: "an indicator no target uses",
    from: "measures:",
    to: '  - { id: i4, name: { zh: 城市燃气普及率 }, unit: "%", kind: level }\nmeasures:',
  },
  {
    what: "two indicators of one name",
    from: "name: { zh: 城镇新增就业 }",
    to: "name: { zh: 新增绿色建筑面积 }",
  },
  { what: "two targets of one id", from: "- { id: t2,", to: "- { id: t1," },
  { what: "a target's indicator not in the plan", from: "indicator: i2,", to: "indicator: i9," },
  {
    what: '"=" on a target that is not a milestone',
    from: 'comparator: "<="',
    to: 'comparator: "="',
  },
  {
    what: "左右 in a count without a tolerance",
    from: 'comparator: ">=", value: 10,',
    to: 'comparator: "~", value: 10,',
  },
  {
    what: "a broken YAML mapping",
    from: "- { id: u3, name: 县水务局 }",
    to: "- { id: u3, name: 县水务局",
  },
  { what: "a target nobody owns", from: ", owner: 县人社局 }", to: " }" },
  {
    what: "two targets of one name",
    from: "name: { zh: 漏损率控制在9%以内 }",
    to: "name: { zh: 每年新增就业1000人 }",
  },
  { what: "a value its quote does not state", from: "value: 1000,", to: "value: 100," },
  {
    what: "one short name for two units",
    from: "- { id: u3, name: 县水务局 }",
    to: "- { id: u3, name: 县水务局, aliases: [县住建局] }",
  },
  {
    what: "a target with neither measure nor section",
    from: "measure: 1, section: 一,",
    to: "measure: null,",
  },
];

/** What `plan lint` prints for each mistake (the path of the file left off), and its exit code. */
export const EXPECTED: Record<string, { code: number; en: string[]; zh: string[] }> = {
  "title written as plain text": {
    code: 2,
    en: [
      "3:10: error: `plan.title`: must be a mapping",
      "  hint: write it like `title: { zh: 示例方案 }`",
      "1 error, 0 warnings",
    ],
    zh: [
      "3:10: 错误：`plan.title` 应为映射",
      "  提示：写法如 `title: { zh: 示例方案 }`",
      "共 1 个错误，0 个警告",
    ],
  },
  "a section as a bare title": {
    code: 2,
    en: [
      '9:5: error: section "重点任务" (line 9): must be a mapping',
      "  hint: write it like `- { numeral: 一, title: { zh: 总体要求 } }`",
      "1 error, 0 warnings",
    ],
    zh: [
      "9:5: 错误：部分“重点任务”（第 9 行）应为映射",
      "  提示：写法如 `- { numeral: 一, title: { zh: 总体要求 } }`",
      "共 1 个错误，0 个警告",
    ],
  },
  "a target without its quote": {
    code: 2,
    en: [
      '35:5: error: target "漏损率控制在9%以内" (line 35): `quote` is missing',
      "  hint: write it like `quote: 新增绿色建筑10万平方米以上`",
      "1 error, 0 warnings",
    ],
    zh: [
      "35:5: 错误：目标“漏损率控制在9%以内”（第 35 行）缺少 `quote`",
      "  提示：写法如 `quote: 新增绿色建筑10万平方米以上`",
      "共 1 个错误，0 个警告",
    ],
  },
  "a deadline in words": {
    code: 2,
    en: [
      '34:131: error: target "每年新增就业1000人" (line 34), `deadline`: must be a date YYYY-MM-DD',
      "  hint: write it like `deadline: 2027-12-31`",
      "1 error, 0 warnings",
    ],
    zh: [
      "34:131: 错误：目标“每年新增就业1000人”（第 34 行）的 `deadline` 应为 YYYY-MM-DD 格式的日期",
      "  提示：写法如 `deadline: 2027-12-31`",
      "共 1 个错误，0 个警告",
    ],
  },
  "an owner's name mistyped": {
    code: 2,
    en: [
      '34:191: error: target t2 is owned by "县人设局", which is not in `units`',
      "  hint: did you mean 县人力资源和社会保障局 (u2)? A unit may be named by its id, its name or an alias",
      "1 error, 0 warnings",
    ],
    zh: [
      "34:191: 错误：目标 t2 的责任单位“县人设局”不在 `units` 中",
      "  提示：是否应为 县人力资源和社会保障局 (u2)？单位可写编号、名称或简称",
      "共 1 个错误，0 个警告",
    ],
  },
  "a measure's unit mistyped": {
    code: 2,
    en: [
      '24:17: error: measure 1 names the unit "县主建局", which is not in `units`',
      "  hint: did you mean 县住房和城乡建设局 (u1)? A unit may be named by its id, its name or an alias",
      "1 error, 0 warnings",
    ],
    zh: [
      "24:17: 错误：措施 1 列出的单位“县主建局”不在 `units` 中",
      "  提示：是否应为 县住房和城乡建设局 (u1)？单位可写编号、名称或简称",
      "共 1 个错误，0 个警告",
    ],
  },
  "an owner the measure does not name": {
    code: 0,
    en: [
      '34:191: warning: target t2 "每年新增就业1000人" is owned by 县住房和城乡建设局, whom measure 2 does not name among its units',
      "  hint: check the owner, or add the unit to the measure's `units` (role: shared)",
      "0 errors, 1 warning",
    ],
    zh: [
      "34:191: 警告：目标 t2（每年新增就业1000人）的责任单位县住房和城乡建设局不在措施 2 列出的单位中",
      "  提示：请核对责任单位，或把该单位加入措施的 `units`（role: shared）",
      "共 0 个错误，1 个警告",
    ],
  },
  "a quote not in the measure's text": {
    code: 2,
    en: [
      '33:174: error: target t1 "新增绿色建筑10万平方米": its quote is not in the text of measure 1',
      "  hint: copy the phrase from the measure's `text` as it is written (`quote` is verbatim)",
      "1 error, 0 warnings",
    ],
    zh: [
      "33:174: 错误：目标 t1（新增绿色建筑10万平方米）：摘录的原文不在措施 1 的正文中",
      "  提示：请从该措施的 `text` 中照原样复制这句话（`quote` 须与原文一字不差）",
      "共 1 个错误，0 个警告",
    ],
  },
  "a deadline after the plan's end": {
    code: 2,
    en: [
      "33:133: error: target t1 has the deadline 2028-12-31, outside the plan window 2026-01-01 to 2027-12-31",
      "1 error, 0 warnings",
    ],
    zh: [
      "33:133: 错误：目标 t1 的完成时限 2028-12-31 不在方案期 2026-01-01 至 2027-12-31 内",
      "共 1 个错误，0 个警告",
    ],
  },
  "a percent above 100": {
    code: 2,
    en: [
      '35:105: error: target t3 "漏损率控制在9%以内": 900% is above 100%',
      "  hint: a share is at most 100; is the unit right (个, 万人 rather than %)?",
      '35:105: warning: target t3 "漏损率控制在9%以内": the value 900 is not a number its quote states',
      "  hint: check `value` against the quote (万 and 亿 count: 3.5万 is 35000 or 3.5 in 万…)",
      "1 error, 1 warning",
    ],
    zh: [
      "35:105: 错误：目标 t3（漏损率控制在9%以内）：900% 超过 100%",
      "  提示：比例最大为 100；单位是否应为个、万人等，而不是 %？",
      "35:105: 警告：目标 t3（漏损率控制在9%以内）：目标值 900 不是摘录原文中写的数字",
      "  提示：请对照原文核对 `value`（注意万、亿：3.5万 即 35000，或以万为单位的 3.5）",
      "共 1 个错误，1 个警告",
    ],
  },
  "an indicator no target uses": {
    code: 0,
    en: [
      '18:5: warning: the indicator "城市燃气普及率" is used by no target',
      "  hint: delete it, or add the target that uses it",
      "0 errors, 1 warning",
    ],
    zh: [
      "18:5: 警告：指标“城市燃气普及率”没有目标使用",
      "  提示：请删除它，或补上使用它的目标",
      "共 0 个错误，1 个警告",
    ],
  },
  "two indicators of one name": {
    code: 2,
    en: [
      '16:5: error: two indicators are named "新增绿色建筑面积" (the first is indicator i1)',
      "  hint: figures are matched to indicators by name: give each its own",
      "1 error, 0 warnings",
    ],
    zh: [
      "16:5: 错误：有两个指标都叫“新增绿色建筑面积”（前一个是指标 i1）",
      "  提示：报送的数据按名称对应到指标：请给每个指标不同的名称",
      "共 1 个错误，0 个警告",
    ],
  },
  "two targets of one id": {
    code: 2,
    en: [
      '34:5: error: target id "t1" is defined twice (also targets[0])',
      "  hint: give each one its own id",
      "1 error, 0 warnings",
    ],
    zh: [
      "34:5: 错误：目标编号“t1”重复定义（另见 targets[0]）",
      "  提示：每一项都应有自己的编号",
      "共 1 个错误，0 个警告",
    ],
  },
  "a target's indicator not in the plan": {
    code: 2,
    en: [
      '16:5: warning: the indicator "城镇新增就业" is used by no target',
      "  hint: delete it, or add the target that uses it",
      '34:50: error: target t2 uses the indicator "i9", which is not in `indicators`',
      "1 error, 1 warning",
    ],
    zh: [
      "16:5: 警告：指标“城镇新增就业”没有目标使用",
      "  提示：请删除它，或补上使用它的目标",
      "34:50: 错误：目标 t2 使用的指标“i9”不在 `indicators` 中",
      "共 1 个错误，1 个警告",
    ],
  },
  '"=" on a target that is not a milestone': {
    code: 2,
    en: ['35:92: error: target t3: "=" is for milestones only', "1 error, 0 warnings"],
    zh: ["35:92: 错误：目标 t3：“=”只用于进度类目标", "共 1 个错误，0 个警告"],
  },
  "左右 in a count without a tolerance": {
    code: 2,
    en: [
      '33:94: error: target t1 is an "approximately" (~) target without a tolerance',
      "  hint: add `tolerance: 0.05` (a fraction of the target value)",
      "1 error, 0 warnings",
    ],
    zh: [
      "33:94: 错误：目标 t1 是“约”（~）目标，但没有写允许误差",
      "  提示：请加上 `tolerance: 0.05`（目标值的比例）",
      "共 1 个错误，0 个警告",
    ],
  },
  "a broken YAML mapping": {
    code: 2,
    en: [
      "14:1: error: not valid YAML: Flow map in block collection must be sufficiently indented and end with a }",
      "  hint: fix the YAML syntax at that place",
      "1 error, 0 warnings",
    ],
    zh: [
      "14:1: 错误：方案文件不是有效的 YAML：Flow map in block collection must be sufficiently indented and end with a }",
      "  提示：请修改该处的 YAML 写法",
      "共 1 个错误，0 个警告",
    ],
  },
  "a target nobody owns": {
    code: 0,
    en: [
      '34:5: warning: target t2 "每年新增就业1000人" has no owner: nobody will be asked for its figure',
      "  hint: write `owner:` with the unit that reports it (its name or short form will do)",
      "0 errors, 1 warning",
    ],
    zh: [
      "34:5: 警告：目标 t2（每年新增就业1000人）没有责任单位：没有人会被要求报送它的数据",
      "  提示：请写上 `owner:`，填报送该数据的单位（写名称或简称即可）",
      "共 0 个错误，1 个警告",
    ],
  },
  "two targets of one name": {
    code: 0,
    en: [
      '35:5: warning: two targets are named "每年新增就业1000人" (the first is target t2)',
      "  hint: give each its own name, so that a reader can tell them apart",
      "0 errors, 1 warning",
    ],
    zh: [
      "35:5: 警告：有两个目标都叫“每年新增就业1000人”（前一个是目标 t2）",
      "  提示：请给每一项不同的名称，便于区分",
      "共 0 个错误，1 个警告",
    ],
  },
  "a value its quote does not state": {
    code: 0,
    en: [
      '34:106: warning: target t2 "每年新增就业1000人": the value 100 is not a number its quote states',
      "  hint: check `value` against the quote (万 and 亿 count: 3.5万 is 35000 or 3.5 in 万…)",
      "0 errors, 1 warning",
    ],
    zh: [
      "34:106: 警告：目标 t2（每年新增就业1000人）：目标值 100 不是摘录原文中写的数字",
      "  提示：请对照原文核对 `value`（注意万、亿：3.5万 即 35000，或以万为单位的 3.5）",
      "共 0 个错误，1 个警告",
    ],
  },
  "one short name for two units": {
    code: 2,
    en: [
      '13:5: error: the name "县住建局" belongs to both u1 and u3',
      "  hint: a name or alias may stand for one entry only",
      "1 error, 0 warnings",
    ],
    zh: [
      "13:5: 错误：名称“县住建局”同时属于 u1 和 u3",
      "  提示：一个名称或简称只能指一项",
      "共 1 个错误，0 个警告",
    ],
  },
  "a target with neither measure nor section": {
    code: 2,
    en: [
      "33:5: error: target t1 has neither a measure nor a `section`",
      "  hint: write the section it belongs to, like `section: 一`",
      '33:5: warning: target t1 "新增绿色建筑10万平方米" has no owner: nobody will be asked for its figure',
      "  hint: write `owner:` with the unit that reports it (its name or short form will do)",
      "1 error, 1 warning",
    ],
    zh: [
      "33:5: 错误：目标 t1 既没有所属措施，也没有写 `section`",
      "  提示：请写上它所属的部分，如 `section: 一`",
      "33:5: 警告：目标 t1（新增绿色建筑10万平方米）没有责任单位：没有人会被要求报送它的数据",
      "  提示：请写上 `owner:`，填报送该数据的单位（写名称或简称即可）",
      "共 1 个错误，1 个警告",
    ],
  },
};
