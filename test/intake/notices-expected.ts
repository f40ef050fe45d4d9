/**
 * Every unit's notice for the trial month (test/intake/trial.ts), whole, in
 * both languages: what test/intake/notices.test.ts expects `cwplan notices`
 * to write. Each was read as the county analyst would send it (issue 20,
 * acceptance: "each unit's notice text, in both languages"): the unit, each
 * returned row or unreadable file with what to do, each figure owed with its
 * state (trial.test.ts's STATUS table) and since when, and a closing that
 * asks for what the notice holds (修改 / 补报).
 */

export const NOTICES_ZH: Record<string, string> = {
  "development-reform": `关于2025年7月城镇化指标数据报送情况的通知

县发展和改革局：

一、催报（2025年7月）
1. 新能源和可再生能源装机容量：应报期 2025-07，他单位代报（县工业和信息
   化局），此前已报至 2025-06。
2. 镇区常住人口：应报期 2025-07，未报，此前无已采用的数据。

请于收到本通知后尽快补报。
`,
  "industry-it": `关于2025年7月城镇化指标数据报送情况的通知

县工业和信息化局：

一、退回修改
你单位报送的“县工信局-2025-07.csv”中，以下数据未能采用，请修改后重新报
送：
1. 第 3 行（数值/value）：数值“十二”不是数字。请只填数字（可带千分位逗
   号），单位写在“单位”列。

二、催报（2025年7月）
1. 投资500万元以上技改项目数（年内累计）：应报期 2025-07，退回待改
   （县工信局-2025-07.csv），此前无已采用的数据。

请于收到本通知后尽快修改、补报。
`,
  commerce: `关于2025年7月城镇化指标数据报送情况的通知

县商务局：

一、催报（2025年7月）
1. 县级快递物流园区数：应报期 2025-07，未报，此前无已采用的数据。

请于收到本通知后尽快补报。
`,
  "organization-dept": `关于2025年7月城镇化指标数据报送情况的通知

县委组织部：

一、催报（2025年7月）
1. 集聚青年人才数（自2024年起累计）：应报期 2025-07，未报，此前无已采用
   的数据。
2. 选派城市人才到基层服务人数（年内累计）：应报期 2025-07，未报，此前无
   已采用的数据。

请于收到本通知后尽快补报。
`,
  transport: `关于2025年7月城镇化指标数据报送情况的通知

县交通运输局：

一、催报（2025年7月）
1. 成汶路田楼至杨陈庄段建成通车：应报期 2025-07，未报，此前无已采用的数
   据。
2. 东鱼河北支二期（机场路）建成通车：应报期 2025-07，未报，此前无已采用
   的数据。
3. 东鱼河北支一期建成通车：应报期 2025-07，未报，此前无已采用的数据。
4. 成武港二期工程：应报期 2025-07，未报，此前无已采用的数据。
5. 具备条件的建制村农村物流服务覆盖率：应报期 2025-07，未报，此前无已采
   用的数据。

请于收到本通知后尽快补报。
`,
  "education-sports": `关于2025年7月城镇化指标数据报送情况的通知

县教育和体育局：

一、退回修改
你单位报送的“县教育和体育局2025年7月.xls”是旧版 Excel 97-2003 格式
（.xls），无法读取，其中数据均未采用。请在 Excel 或 WPS 中“另存为”Excel
工作簿（.xlsx）后重新报送。

二、催报（2025年7月）
1. 人均体育场地面积：应报期 2025-07，文件无法读取
   （县教育和体育局2025年7月.xls），此前无已采用的数据。
2. “数字校园”覆盖率：应报期 2025-07，文件无法读取
   （县教育和体育局2025年7月.xls），此前无已采用的数据。
3. 城乡学校结对覆盖率：应报期 2025-07，文件无法读取
   （县教育和体育局2025年7月.xls），此前无已采用的数据。

请于收到本通知后尽快修改、补报。
`,
  "ecology-environment": `关于2025年7月城镇化指标数据报送情况的通知

市生态环境局成武分局：

一、催报（2025年7月）
1. 城市黑臭水体数：应报期 2025-07，未报，此前无已采用的数据。

请于收到本通知后尽快补报。
`,
  water: `关于2025年7月城镇化指标数据报送情况的通知

县水务局：

一、催报（2025年7月）
1. 城市污水处理厂提标改造完成比例：应报期 2025-07，未报，此前无已采用的
   数据。
2. 城市生活污水集中收集率：应报期 2025-07，未报，此前无已采用的数据。

请于收到本通知后尽快补报。
`,
  "big-data": `关于2025年7月城镇化指标数据报送情况的通知

县大数据局：

一、催报（2025年7月）
1. 重点区域NB-IoT网络深度覆盖：应报期 2025-07，未报，此前无已采用的数
   据。

请于收到本通知后尽快补报。
`,
  "social-work-dept": `关于2025年7月城镇化指标数据报送情况的通知

县委社会工作部：

一、催报（2025年7月）
1. 社会工作站乡镇（街道）覆盖率：应报期 2025-07，未报，此前无已采用的数
   据。

请于收到本通知后尽快补报。
`,
  "political-legal": `关于2025年7月城镇化指标数据报送情况的通知

县委政法委：

一、催报（2025年7月）
1. 县镇村三级社会治安综合治理体系规范化建设覆盖率：应报期 2025-07，未
   报，此前无已采用的数据。

请于收到本通知后尽快补报。
`,
  health: `关于2025年7月城镇化指标数据报送情况的通知

县卫生健康局：

一、催报（2025年7月）
1. 千人口托位数：应报期 2025-07，未报，此前无已采用的数据。
2. 县域医疗服务次中心数：应报期 2025-07，未报，此前无已采用的数据。

请于收到本通知后尽快补报。
`,
  "civil-affairs": `关于2025年7月城镇化指标数据报送情况的通知

县民政局：

一、退回修改
你单位报送的“民政局-7月.et”是 WPS 表格（.et）格式，无法读取，其中数据均
未采用。请在 WPS 或 Excel 中“另存为”Excel 工作簿（.xlsx）后重新报送。

二、催报（2025年7月）
1. 街道区域性综合养老服务中心覆盖率：应报期 2025-07，文件无法读取
   （民政局-7月.et），此前无已采用的数据。
2. 乡镇区域性综合养老服务中心覆盖率：应报期 2025-07，文件无法读取
   （民政局-7月.et），此前无已采用的数据。
3. 城乡社区日间照料服务覆盖率：应报期 2025-07，文件无法读取
   （民政局-7月.et），此前无已采用的数据。

请于收到本通知后尽快修改、补报。
`,
  "medical-security": `关于2025年7月城镇化指标数据报送情况的通知

县医疗保障局：

一、催报（2025年7月）
1. 普通门诊报销额度较2020年提高幅度：应报期 2025-07，未报，此前无已采用
   的数据。

请于收到本通知后尽快补报。
`,
  statistics: `关于2025年7月城镇化指标数据报送情况的通知

县统计局：

一、退回修改
你单位报送的“县统计局-2025-07.csv”中，以下数据未能采用，请修改后重新报
送：
1. 第 2 行（数值/value）：指标 urbanization-rate（2025-07）以百分数填
   报，所填 0.512 不超过 1，疑似把 51.2% 填成了小数 0.512。此行已退回，
   不计入；应填 51.2。

二、催报（2025年7月）
1. 常住人口城镇化率：应报期 2025-07，退回待改（县统计局-2025-07.csv），
   此前已报至 2025-06。

请于收到本通知后尽快修改、补报。
`,
};

export const NOTICES_EN: Record<string, string> = {
  "development-reform": `Notice on the urbanization figures for Jul 2025

To the County Development and Reform Bureau:

I. Figures owed (Jul 2025)
1. Installed new and renewable energy capacity: owed for 2025-07,
   reported by another unit (County Bureau of Industry and Information
   Technology); accepted up to 2025-06.
2. Resident population of the town area: owed for 2025-07, not reported;
   nothing accepted before.

Please send the figures as soon as you receive this notice.
`,
  "industry-it": `Notice on the urbanization figures for Jul 2025

To the County Bureau of Industry and Information Technology:

I. Returned for correction
In “县工信局-2025-07.csv”, which you sent, these figures could not be
taken; please correct them and send the file again:
1. Line 3 (value): Value “十二” is not a number. Write digits only
   (thousands commas allowed) and put the unit in the unit column.

II. Figures owed (Jul 2025)
1. Technical upgrade projects over 5 million yuan (year to date): owed
   for 2025-07, returned for correction (县工信局-2025-07.csv); nothing
   accepted before.

Please correct and send the figures as soon as you receive this notice.
`,
  commerce: `Notice on the urbanization figures for Jul 2025

To the County Bureau of Commerce:

I. Figures owed (Jul 2025)
1. County-level express logistics parks: owed for 2025-07, not reported;
   nothing accepted before.

Please send the figures as soon as you receive this notice.
`,
  "organization-dept": `Notice on the urbanization figures for Jul 2025

To the Organization Department of the County Party Committee:

I. Figures owed (Jul 2025)
1. Young talent attracted since 2024: owed for 2025-07, not reported;
   nothing accepted before.
2. Urban professionals sent to grassroots posts (year to date): owed for
   2025-07, not reported; nothing accepted before.

Please send the figures as soon as you receive this notice.
`,
  transport: `Notice on the urbanization figures for Jul 2025

To the County Transport Bureau:

I. Figures owed (Jul 2025)
1. Chengwen Road, Tianlou–Yangchenzhuang section open to traffic: owed
   for 2025-07, not reported; nothing accepted before.
2. Dongyu River North Branch phase 2 (Airport Road) open to traffic:
   owed for 2025-07, not reported; nothing accepted before.
3. Dongyu River North Branch phase 1 open to traffic: owed for 2025-07,
   not reported; nothing accepted before.
4. Chengwu Port phase 2: owed for 2025-07, not reported; nothing
   accepted before.
5. Rural logistics coverage of eligible villages: owed for 2025-07, not
   reported; nothing accepted before.

Please send the figures as soon as you receive this notice.
`,
  "education-sports": `Notice on the urbanization figures for Jul 2025

To the County Bureau of Education and Sports:

I. Returned for correction
“县教育和体育局2025年7月.xls”, which you sent, is an old Excel 97-2003
workbook (.xls) and cannot be read; none of its figures was taken.
Please save it in Excel or WPS as an Excel Workbook (.xlsx) and send it
again.

II. Figures owed (Jul 2025)
1. Sports ground area per capita: owed for 2025-07, file cannot be read
   (县教育和体育局2025年7月.xls); nothing accepted before.
2. Digital campus coverage: owed for 2025-07, file cannot be read
   (县教育和体育局2025年7月.xls); nothing accepted before.
3. Coverage of urban–rural school pairing: owed for 2025-07, file cannot
   be read (县教育和体育局2025年7月.xls); nothing accepted before.

Please correct and send the figures as soon as you receive this notice.
`,
  "ecology-environment": `Notice on the urbanization figures for Jul 2025

To the Chengwu Branch of the Heze Ecology and Environment Bureau:

I. Figures owed (Jul 2025)
1. Urban black and odorous water bodies: owed for 2025-07, not reported;
   nothing accepted before.

Please send the figures as soon as you receive this notice.
`,
  water: `Notice on the urbanization figures for Jul 2025

To the County Water Bureau:

I. Figures owed (Jul 2025)
1. Share of urban sewage plants upgraded: owed for 2025-07, not
   reported; nothing accepted before.
2. Urban domestic sewage collection rate: owed for 2025-07, not
   reported; nothing accepted before.

Please send the figures as soon as you receive this notice.
`,
  "big-data": `Notice on the urbanization figures for Jul 2025

To the County Big Data Bureau:

I. Figures owed (Jul 2025)
1. NB-IoT deep coverage of key areas: owed for 2025-07, not reported;
   nothing accepted before.

Please send the figures as soon as you receive this notice.
`,
  "social-work-dept": `Notice on the urbanization figures for Jul 2025

To the Social Work Department of the County Party Committee:

I. Figures owed (Jul 2025)
1. Township coverage of social work stations: owed for 2025-07, not
   reported; nothing accepted before.

Please send the figures as soon as you receive this notice.
`,
  "political-legal": `Notice on the urbanization figures for Jul 2025

To the Political and Legal Affairs Commission of the County Party
Committee:

I. Figures owed (Jul 2025)
1. Coverage of the three-tier public security governance system: owed
   for 2025-07, not reported; nothing accepted before.

Please send the figures as soon as you receive this notice.
`,
  health: `Notice on the urbanization figures for Jul 2025

To the County Health Bureau:

I. Figures owed (Jul 2025)
1. Childcare places per 1,000 people: owed for 2025-07, not reported;
   nothing accepted before.
2. County medical sub-centers: owed for 2025-07, not reported; nothing
   accepted before.

Please send the figures as soon as you receive this notice.
`,
  "civil-affairs": `Notice on the urbanization figures for Jul 2025

To the County Civil Affairs Bureau:

I. Returned for correction
“民政局-7月.et”, which you sent, is a WPS Spreadsheets (.et) file and
cannot be read; none of its figures was taken. Please save it in WPS or
Excel as an Excel Workbook (.xlsx) and send it again.

II. Figures owed (Jul 2025)
1. Subdistrict coverage of regional elderly care centers: owed for
   2025-07, file cannot be read (民政局-7月.et); nothing accepted
   before.
2. Town coverage of regional elderly care centers: owed for 2025-07,
   file cannot be read (民政局-7月.et); nothing accepted before.
3. Community day care coverage: owed for 2025-07, file cannot be read
   (民政局-7月.et); nothing accepted before.

Please correct and send the figures as soon as you receive this notice.
`,
  "medical-security": `Notice on the urbanization figures for Jul 2025

To the County Healthcare Security Bureau:

I. Figures owed (Jul 2025)
1. Rise in the outpatient reimbursement limit over 2020: owed for
   2025-07, not reported; nothing accepted before.

Please send the figures as soon as you receive this notice.
`,
  statistics: `Notice on the urbanization figures for Jul 2025

To the County Statistics Bureau:

I. Returned for correction
In “县统计局-2025-07.csv”, which you sent, these figures could not be
taken; please correct them and send the file again:
1. Line 2 (value): Indicator urbanization-rate (2025-07) is a
   percentage, but its value 0.512 is at most 1: probably 51.2% typed as
   a fraction. The row is refused and not used; write 51.2.

II. Figures owed (Jul 2025)
1. Urbanization rate of the resident population: owed for 2025-07,
   returned for correction (县统计局-2025-07.csv); accepted up to
   2025-06.

Please correct and send the figures as soon as you receive this notice.
`,
};
