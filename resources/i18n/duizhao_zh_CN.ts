<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CheckController</name>
    <message>
        <source>Check cancelled</source>
        <translation>检查已取消</translation>
    </message>
    <message>
        <source>Check one document</source>
        <translation>检查单个文档</translation>
    </message>
    <message>
        <source>The review beside the document cannot be used</source>
        <translation>文档旁的审阅文件无法使用</translation>
    </message>
    <message>
        <source>Every finding has a verdict</source>
        <translation>每处问题都已有结论</translation>
    </message>
    <message>
        <source>Select a finding first (F7 or F8)</source>
        <translation>请先选择一处问题（F7 或 F8）</translation>
    </message>
    <message>
        <source>The review cannot be saved: {reason}</source>
        <translation>审阅无法保存：{reason}</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <source>Check a document before exporting its findings.</source>
        <translation>请先检查一个文档，再导出其问题。</translation>
    </message>
    <message>
        <source>Export findings</source>
        <translation>导出问题</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Report written: {path}</source>
        <translation>报告已生成：{path}</translation>
    </message>
    <message>
        <source>Findings ({count})</source>
        <translation>问题（{count}）</translation>
    </message>
    <message>
        <source>Choose a document to check (File ▸ Check another document…).</source>
        <translation>请选择要检查的文档（文件 ▸ 检查其他文档…）。</translation>
    </message>
    <message>
        <source>{name} — Check — Duizhao</source>
        <translation>{name} — 检查 — 对照</translation>
    </message>
    <message>
        <source>Reviewed {done} / {total}</source>
        <translation>已审阅 {done} / {total}</translation>
    </message>
    <message>
        <source>{count} notes of the review match no finding any more; they stay in the review file.</source>
        <translation>审阅中有 {count} 条批注已找不到对应的问题；它们仍保留在审阅文件中。</translation>
    </message>
    <message>
        <source>No findings: nothing to correct was found.</source>
        <translation>没有问题：未发现需要更正之处。</translation>
    </message>
    <message>
        <source>{count} findings</source>
        <translation>{count} 处问题</translation>
    </message>
    <message>
        <source>Select a finding (F7, F8) to give it a verdict.</source>
        <translation>选择一处问题（F7、F8）以给出结论。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Cannot check the document</source>
        <translation>无法检查该文档</translation>
    </message>
</context>
<context>
    <name>CheckWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation>导航(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>审阅(&amp;R)</translation>
    </message>
    <message>
        <source>Check another document…</source>
        <translation>检查其他文档…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Back to the comparison</source>
        <translation>返回对照</translation>
    </message>
    <message>
        <source>Next finding</source>
        <translation>下一处问题</translation>
    </message>
    <message>
        <source>Previous finding</source>
        <translation>上一处问题</translation>
    </message>
    <message>
        <source>Next finding without a verdict</source>
        <translation>下一处无结论的问题</translation>
    </message>
    <message>
        <source>Comment on the finding</source>
        <translation>批注此处问题</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>批注：</translation>
    </message>
    <message>
        <source>On this finding (Enter)</source>
        <translation>针对此处问题（Enter）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <source>… {count} identical clauses …</source>
        <translation>… {count} 条相同条款 …</translation>
    </message>
    <message>
        <source>Double-click to expand</source>
        <translation>双击展开</translation>
    </message>
</context>
<context>
    <name>DifferencesModel</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>改动</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>{left} ↔ {right} — Duizhao</source>
        <translation>{left} ↔ {right} — 对照</translation>
    </message>
    <message>
        <source>Duizhao — compare Chinese documents</source>
        <translation>对照 — 中文文档比较</translation>
    </message>
    <message>
        <source>A document changed on disk: compared again</source>
        <translation>文档已在磁盘上更改：已重新比较</translation>
    </message>
    <message>
        <source>Open the project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Compare these two documents</source>
        <translation>比较这两个文档</translation>
    </message>
    <message>
        <source>Replace the left document</source>
        <translation>替换左侧文档</translation>
    </message>
    <message>
        <source>Replace the right document</source>
        <translation>替换右侧文档</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Substantive differences</source>
        <translation>实质差异</translation>
    </message>
    <message>
        <source>All differences</source>
        <translation>全部差异</translation>
    </message>
    <message>
        <source>Comparison table (对照表)</source>
        <translation>修改前后对照表</translation>
    </message>
    <message>
        <source>Tracked changes</source>
        <translation>修订（跟踪更改）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>List:</source>
        <translation>列出：</translation>
    </message>
    <message>
        <source>Word style:</source>
        <translation>Word 样式：</translation>
    </message>
    <message>
        <source>Replace the report?</source>
        <translation>替换报告？</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{name} 已存在于 {folder}。要替换吗？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Finder</name>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>{index} of {count}</source>
        <translation>第 {index} 处，共 {count} 处</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Leftover traditional form</source>
        <translation>遗留繁体</translation>
    </message>
    <message>
        <source>Leftover simplified form</source>
        <translation>遗留简体</translation>
    </message>
    <message>
        <source>Other simplified form</source>
        <translation>另一简体写法</translation>
    </message>
    <message>
        <source>Other traditional form</source>
        <translation>另一繁体写法</translation>
    </message>
    <message>
        <source>Mixed variants</source>
        <translation>异体混用</translation>
    </message>
    <message>
        <source>「{text}」 should probably read 「{suggestion}」</source>
        <translation>「{text}」应为「{suggestion}」</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Text → suggestion</source>
        <translation>原文 → 建议</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
</context>
<context>
    <name>FolderController</name>
    <message>
        <source>Cannot save the project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <source>Save folder comparison as</source>
        <translation>将文件夹比较另存为</translation>
    </message>
    <message>
        <source>Duizhao projects (*.duizhao)</source>
        <translation>对照项目 (*.duizhao)</translation>
    </message>
    <message>
        <source>Pairing the documents…</source>
        <translation>正在配对文档…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>正在比较</translation>
    </message>
    <message>
        <source>{verb}: {done} of {total} pairs</source>
        <translation>{verb}：第 {done} / {total} 对</translation>
    </message>
    <message>
        <source>Cannot compare the folders</source>
        <translation>无法比较这两个文件夹</translation>
    </message>
    <message>
        <source>{pairs} pairs: {different} with differences, {same} without, {errors} could not be read; {unpaired} files unpaired</source>
        <translation>共 {pairs} 对：{different} 对有差异，{same} 对无差异，{errors} 对无法读取；{unpaired} 个文件未配对</translation>
    </message>
    <message>
        <source> ({pending} not compared: cancelled)</source>
        <translation>（{pending} 对未比较：已取消）</translation>
    </message>
    <message>
        <source>Pair selected files</source>
        <translation>配对所选文件</translation>
    </message>
    <message>
        <source>Select one unpaired file of each folder, then pair them.</source>
        <translation>请在两个文件夹中各选一个未配对的文件，再进行配对。</translation>
    </message>
    <message>
        <source>Export all reports to</source>
        <translation>将全部报告导出到</translation>
    </message>
    <message>
        <source>Export all reports</source>
        <translation>导出全部报告</translation>
    </message>
    <message>
        <source>Format of each report:</source>
        <translation>每份报告的格式：</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The index cannot be written to {folder}: {reason}</source>
        <translation>无法将索引写入 {folder}：{reason}</translation>
    </message>
    <message>
        <source>Reports written</source>
        <translation>报告已写入</translation>
    </message>
    <message>
        <source>{count} reports and their index were written to {folder}.</source>
        <translation>{count} 份报告及其索引已写入 {folder}。</translation>
    </message>
    <message>
        <source>Open the index</source>
        <translation>打开索引</translation>
    </message>
</context>
<context>
    <name>FolderModel</name>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Substantive</source>
        <translation>实质差异</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审阅</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>only left</source>
        <translation>仅左侧</translation>
    </message>
    <message>
        <source>only right</source>
        <translation>仅右侧</translation>
    </message>
    <message>
        <source>paired by content</source>
        <translation>按内容配对</translation>
    </message>
    <message>
        <source>paired by hand</source>
        <translation>手动配对</translation>
    </message>
</context>
<context>
    <name>FolderWindow</name>
    <message>
        <source>Compare folders — Duizhao</source>
        <translation>比较文件夹 — 对照</translation>
    </message>
    <message>
        <source>Changed only</source>
        <translation>仅显示有差异的</translation>
    </message>
    <message>
        <source>Show unpaired files</source>
        <translation>显示未配对的文件</translation>
    </message>
    <message>
        <source>Open pair</source>
        <translation>打开这一对</translation>
    </message>
    <message>
        <source>Pair selected files</source>
        <translation>配对所选文件</translation>
    </message>
    <message>
        <source>Export all reports…</source>
        <translation>导出全部报告…</translation>
    </message>
    <message>
        <source>Save as project…</source>
        <translation>另存为项目…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>GoToClauseDialog</name>
    <message>
        <source>Go to clause</source>
        <translation>转到条款</translation>
    </message>
    <message>
        <source>Clause label, for example 第三条 or 二/（三）:</source>
        <translation>条款编号，例如 第三条 或 二/（三）：</translation>
    </message>
    <message>
        <source>No clause has the label {label}.</source>
        <translation>没有编号为 {label} 的条款。</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Wording</source>
        <translation>措辞</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Encoding damage</source>
        <translation>编码损坏</translation>
    </message>
    <message>
        <source>Conversion error</source>
        <translation>转换错误</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>繁简</translation>
    </message>
    <message>
        <source>Punctuation</source>
        <translation>标点</translation>
    </message>
    <message>
        <source>Whitespace</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>Markup</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Notation</source>
        <translation>写法不同</translation>
    </message>
    <message>
        <source>Equal</source>
        <translation>相同</translation>
    </message>
    <message>
        <source>Equivalent</source>
        <translation>等同</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>有改动</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>简体</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>繁体</translation>
    </message>
    <message>
        <source>Mixed scripts</source>
        <translation>简繁混合</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>No conversion</source>
        <translation>不转换</translation>
    </message>
    <message>
        <source>Traditional → Simplified</source>
        <translation>繁→简</translation>
    </message>
    <message>
        <source>Taiwan → Simplified</source>
        <translation>台湾→简</translation>
    </message>
    <message>
        <source>Hong Kong → Simplified</source>
        <translation>香港→简</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Duizhao</source>
        <translation>关于对照</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>无法比较</translation>
    </message>
    <message>
        <source>Folder of earlier versions</source>
        <translation>旧版本所在文件夹</translation>
    </message>
    <message>
        <source>Folder of later versions</source>
        <translation>新版本所在文件夹</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>正在比较…</translation>
    </message>
    <message>
        <source>Comparison cancelled</source>
        <translation>比较已取消</translation>
    </message>
    <message>
        <source>Open two documents to compare them (File ▸ Open, or drop them here).</source>
        <translation>打开两个文档进行比较（文件 ▸ 打开，或拖放到此处）。</translation>
    </message>
    <message>
        <source>{count} substantive differences</source>
        <translation>{count} 处实质差异</translation>
    </message>
    <message>
        <source>Compare two documents before exporting a report.</source>
        <translation>请先比较两个文档，再导出报告。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Report written: {path}</source>
        <translation>报告已生成：{path}</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>报告已生成</translation>
    </message>
    <message>
        <source>The report was written to {path}.</source>
        <translation>报告已写入 {path}。</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>报告未写出</translation>
    </message>
    <message>
        <source>Duizhao (对照) {version}
Compare two versions of a Chinese document clause by clause.</source>
        <translation>对照 {version}
逐条比较中文文档的两个版本。</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Differences ({count})</source>
        <translation>差异（{count}）</translation>
    </message>
</context>
<context>
    <name>OpenPairDialog</name>
    <message>
        <source>Documents ({patterns});;All files (*)</source>
        <translation>文档 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open documents</source>
        <translation>打开文档</translation>
    </message>
    <message>
        <source>Left (earlier):</source>
        <translation>左侧（修改前）：</translation>
    </message>
    <message>
        <source>Right (later):</source>
        <translation>右侧（修改后）：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose a document</source>
        <translation>选择文档</translation>
    </message>
</context>
<context>
    <name>OrphanNotes</name>
    <message>
        <source>Delete note…</source>
        <translation>删除批注…</translation>
    </message>
    <message>
        <source>Select the difference to attach the note to (F7 or F8)</source>
        <translation>请选择要挂接批注的差异（F7 或 F8）</translation>
    </message>
    <message>
        <source>Note attached to the difference</source>
        <translation>批注已挂接到该差异</translation>
    </message>
    <message>
        <source>Select the row to attach the note to</source>
        <translation>请选择要挂接批注的条款</translation>
    </message>
    <message>
        <source>Note attached to the row</source>
        <translation>批注已挂接到该条款</translation>
    </message>
    <message>
        <source>Replace the note?</source>
        <translation>替换批注？</translation>
    </message>
    <message>
        <source>This already has a note:

{held}

Replace it with the orphaned note? The note it has now will be deleted from the review.

{orphan}</source>
        <translation>此处已有批注：

{held}

要用未能对应的批注替换它吗？现有批注将从审阅文件中删除。

{orphan}</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Delete the note?</source>
        <translation>删除批注？</translation>
    </message>
    <message>
        <source>Delete this note from the review file? Colleagues who share the file will no longer see it.

{note}</source>
        <translation>要从审阅文件中删除这条批注吗？共用此文件的同事将再也看不到它。

{note}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Note deleted</source>
        <translation>批注已删除</translation>
    </message>
    <message>
        <source>Attach to the current row</source>
        <translation>挂接到当前条款</translation>
    </message>
    <message>
        <source>Attach the selected note to the selected row</source>
        <translation>将所选批注挂接到所选条款</translation>
    </message>
    <message>
        <source>Select a row first</source>
        <translation>请先选择一个条款</translation>
    </message>
    <message>
        <source>Attach to the current difference</source>
        <translation>挂接到当前差异</translation>
    </message>
    <message>
        <source>Attach the selected note to {difference}</source>
        <translation>将所选批注挂接到：{difference}</translation>
    </message>
    <message>
        <source>Select a difference first (F7 or F8)</source>
        <translation>请先选择一处差异（F7 或 F8）</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Return</source>
        <translation>回车</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>回车</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Row {label}</source>
        <translation>条款 {label}</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Queried</source>
        <translation>待定</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>&amp;Review</source>
        <translation>审阅(&amp;R)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Comment on the difference</source>
        <translation>批注此处差异</translation>
    </message>
    <message>
        <source>Comment on the row</source>
        <translation>批注整条</translation>
    </message>
    <message>
        <source>Next unreviewed difference</source>
        <translation>下一处未审阅差异</translation>
    </message>
    <message>
        <source>Accept all of a kind</source>
        <translation>全部接受（按类型）</translation>
    </message>
    <message>
        <source>Reject all of a kind</source>
        <translation>全部拒绝（按类型）</translation>
    </message>
    <message>
        <source>Reviewer name…</source>
        <translation>审阅人姓名…</translation>
    </message>
    <message>
        <source>Save review as…</source>
        <translation>审阅另存为…</translation>
    </message>
    <message>
        <source>Open review…</source>
        <translation>打开审阅…</translation>
    </message>
    <message>
        <source>Save comparison as…</source>
        <translation>比较另存为…</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>打开项目…</translation>
    </message>
    <message>
        <source>Undo review edit</source>
        <translation>撤销批注修改</translation>
    </message>
    <message>
        <source>Redo review edit</source>
        <translation>重做批注修改</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Select a difference first (F7 or F8)</source>
        <translation>请先选择一处差异（F7 或 F8）</translation>
    </message>
    <message>
        <source>{count} differences marked</source>
        <translation>已标记 {count} 处差异</translation>
    </message>
    <message>
        <source>Every {kind} difference has a verdict</source>
        <translation>所有“{kind}”差异均已有结论</translation>
    </message>
    <message>
        <source>Accept {count} {kind} differences?</source>
        <translation>接受 {count} 处“{kind}”差异？</translation>
    </message>
    <message>
        <source>Reject {count} {kind} differences?</source>
        <translation>拒绝 {count} 处“{kind}”差异？</translation>
    </message>
    <message>
        <source>Those without a verdict get one; the {kept} that have a verdict keep it. Undo (Ctrl+Z) takes it back.</source>
        <translation>尚无结论的差异将获得此结论；已有结论的 {kept} 处保持不变。可用撤销（Ctrl+Z）恢复。</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>全部接受</translation>
    </message>
    <message>
        <source>Reject all</source>
        <translation>全部拒绝</translation>
    </message>
    <message>
        <source>Every substantive difference has a verdict</source>
        <translation>所有实质差异均已给出结论</translation>
    </message>
    <message>
        <source>Reviewed {done} / {total}</source>
        <translation>已审阅 {done} / {total}</translation>
    </message>
    <message>
        <source>Select a difference (F7, F8) to give it a verdict.</source>
        <translation>选择一处差异（F7、F8）即可给出结论。</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>审阅人姓名</translation>
    </message>
    <message>
        <source>Your name on annotations:</source>
        <translation>批注上署的姓名：</translation>
    </message>
</context>
<context>
    <name>ReviewFiles</name>
    <message>
        <source>This project opens documents outside its own folder: {paths}</source>
        <translation>此项目打开其文件夹之外的文档：{paths}</translation>
    </message>
    <message>
        <source>The review saved at {path} is gone; using the one beside the documents</source>
        <translation>保存在 {path} 的审阅文件已不存在，改用文档旁的审阅文件</translation>
    </message>
    <message>
        <source>The saved review of these documents cannot be used</source>
        <translation>这两份文档上次使用的审阅文件无法使用</translation>
    </message>
    <message>
        <source>The review beside the documents cannot be used</source>
        <translation>文档旁的审阅文件无法使用</translation>
    </message>
    <message>
        <source>The review changed on disk ({path}): its notes were merged in</source>
        <translation>审阅文件已在磁盘上更改（{path}）：其批注已合并</translation>
    </message>
    <message>
        <source>The review cannot be saved: {reason}</source>
        <translation>审阅无法保存：{reason}</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>The review is not saved</source>
        <translation>审阅尚未保存</translation>
    </message>
    <message>
        <source>The review cannot be saved:
{reason}

Save it elsewhere, or close and lose the changes since the last save?</source>
        <translation>无法保存审阅：
{reason}

另存到其他位置，还是关闭并丢失上次保存后的更改？</translation>
    </message>
    <message>
        <source>no file to save it to</source>
        <translation>没有可保存到的文件</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>不保存并关闭</translation>
    </message>
    <message>
        <source>Cannot open the review</source>
        <translation>无法打开审阅</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>Save review as</source>
        <translation>审阅另存为</translation>
    </message>
    <message>
        <source>Reviews (*.json)</source>
        <translation>审阅文件 (*.json)</translation>
    </message>
    <message>
        <source>Open review</source>
        <translation>打开审阅</translation>
    </message>
    <message>
        <source>Reviews (*.json *.duizhao)</source>
        <translation>审阅文件 (*.json *.duizhao)</translation>
    </message>
    <message>
        <source>Compare two documents before saving them as a project.</source>
        <translation>请先比较两份文档，再保存为项目。</translation>
    </message>
    <message>
        <source>Save comparison as</source>
        <translation>比较另存为</translation>
    </message>
    <message>
        <source>Duizhao projects (*.duizhao)</source>
        <translation>对照项目 (*.duizhao)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Review</source>
        <translation>审阅</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>批注：</translation>
    </message>
    <message>
        <source>Row comment:</source>
        <translation>整条批注：</translation>
    </message>
    <message>
        <source>On this difference (Enter)</source>
        <translation>针对此处差异（Enter）</translation>
    </message>
    <message>
        <source>On the whole row (Shift+Enter)</source>
        <translation>针对整条（Shift+Enter）</translation>
    </message>
    <message>
        <source>Delete note…</source>
        <translation>删除批注…</translation>
    </message>
    <message>
        <source>Delete the selected note from the review file (Del)</source>
        <translation>从审阅文件中删除所选批注（Del）</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>全部结论</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>未审阅</translation>
    </message>
    <message>
        <source>Reviewer: {name}</source>
        <translation>审阅人：{name}</translation>
    </message>
    <message>
        <source>Notes that no longer match ({count}):</source>
        <translation>未能对应的批注（{count}）：</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Compare two versions of a Chinese document</source>
        <translation>逐条对照同一份中文文件的两个版本</translation>
    </message>
    <message>
        <source>Open two documents…</source>
        <translation>打开两份文件…</translation>
    </message>
    <message>
        <source>Open the sample pair</source>
        <translation>打开示例文件</translation>
    </message>
    <message>
        <source>Compare two folders…</source>
        <translation>比较两个文件夹…</translation>
    </message>
    <message>
        <source>Check one document…</source>
        <translation>检查单个文档…</translation>
    </message>
    <message>
        <source>Drop two documents, two folders or a .duizhao project here</source>
        <translation>将两个文档、两个文件夹或一个 .duizhao 项目拖放到这里</translation>
    </message>
    <message>
        <source>Recent pairs</source>
        <translation>最近对照的文件</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>最近的项目</translation>
    </message>
</context>
<context>
    <name>UnrelatedNotice</name>
    <message>
        <source>These documents share {percent}% of their text.</source>
        <translation>这两份文件只有 {percent}% 的文字相同。</translation>
    </message>
    <message>
        <source>They do not look like two versions of one document, and a comparison would show little more than two columns of different text.</source>
        <translation>它们不像是同一份文件的两个版本，对照结果几乎只是两栏不同的文字。</translation>
    </message>
    <message>
        <source>Compare them anyway</source>
        <translation>仍然对照</translation>
    </message>
    <message>
        <source>Open other documents…</source>
        <translation>打开其他文件…</translation>
    </message>
</context>
<context>
    <name>WindowView</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Show non-substantive kinds</source>
        <translation>显示非实质差异类型</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation>导航(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Compare folders…</source>
        <translation>比较文件夹…</translation>
    </message>
    <message>
        <source>Back to folders</source>
        <translation>返回文件夹列表</translation>
    </message>
    <message>
        <source>Check one document…</source>
        <translation>检查单个文档…</translation>
    </message>
    <message>
        <source>Swap sides</source>
        <translation>交换左右</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>查找下一个</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>查找上一个</translation>
    </message>
    <message>
        <source>Go to clause…</source>
        <translation>转到条款…</translation>
    </message>
    <message>
        <source>Source line breaks</source>
        <translation>原文换行</translation>
    </message>
    <message>
        <source>Show each clause's line breaks as in the source instead of reflowed text</source>
        <translation>按原文显示条款内的换行，而不是重排后的文字</translation>
    </message>
    <message>
        <source>Next difference</source>
        <translation>下一处差异</translation>
    </message>
    <message>
        <source>Previous difference</source>
        <translation>上一处差异</translation>
    </message>
    <message>
        <source>Go to moved counterpart</source>
        <translation>转到移动的对应位置</translation>
    </message>
    <message>
        <source>Differences only</source>
        <translation>仅显示差异</translation>
    </message>
    <message>
        <source>Font…</source>
        <translation>字体…</translation>
    </message>
    <message>
        <source>Open sample</source>
        <translation>打开示例</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source> Conversion: </source>
        <translation> 转换：</translation>
    </message>
    <message>
        <source>Find in both documents</source>
        <translation>在两个文档中查找</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <source>Match script and width exactly (培养 no longer finds 培養)</source>
        <translation>严格区分繁简和全半角（培养 不再找到 培養）</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Substantive</source>
        <translation>实质差异</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>About Duizhao</source>
        <translation>关于对照</translation>
    </message>
</context>
</TS>
