<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>CheckController</name>
    <message>
        <source>Check cancelled</source>
        <translation>檢查已取消</translation>
    </message>
    <message>
        <source>Check one document</source>
        <translation>檢查單一文件</translation>
    </message>
    <message>
        <source>The review beside the document cannot be used</source>
        <translation>文件旁的審閱檔案無法使用</translation>
    </message>
    <message>
        <source>Every finding has a verdict</source>
        <translation>每處問題都已有結論</translation>
    </message>
    <message>
        <source>Select a finding first (F7 or F8)</source>
        <translation>請先選擇一處問題（F7 或 F8）</translation>
    </message>
    <message>
        <source>The review cannot be saved: {reason}</source>
        <translation>審閱無法儲存：{reason}</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>沒有可匯出的內容</translation>
    </message>
    <message>
        <source>Check a document before exporting its findings.</source>
        <translation>請先檢查一個文件，再匯出其問題。</translation>
    </message>
    <message>
        <source>Export findings</source>
        <translation>匯出問題</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>無法匯出</translation>
    </message>
    <message>
        <source>Report written: {path}</source>
        <translation>報告已產生：{path}</translation>
    </message>
    <message>
        <source>Findings ({count})</source>
        <translation>問題（{count}）</translation>
    </message>
    <message>
        <source>Choose a document to check (File ▸ Check another document…).</source>
        <translation>請選擇要檢查的文件（檔案 ▸ 檢查其他文件…）。</translation>
    </message>
    <message>
        <source>{name} — Check — Duizhao</source>
        <translation>{name} — 檢查 — 對照</translation>
    </message>
    <message>
        <source>Reviewed {done} / {total}</source>
        <translation>已審閱 {done} / {total}</translation>
    </message>
    <message>
        <source>{count} notes of the review match no finding any more; they stay in the review file.</source>
        <translation>審閱中有 {count} 則批註已找不到對應的問題；它們仍保留在審閱檔案中。</translation>
    </message>
    <message>
        <source>No findings: nothing to correct was found.</source>
        <translation>沒有問題：未發現需要更正之處。</translation>
    </message>
    <message>
        <source>{count} findings</source>
        <translation>{count} 處問題</translation>
    </message>
    <message>
        <source>Select a finding (F7, F8) to give it a verdict.</source>
        <translation>選擇一處問題（F7、F8）以給出結論。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在檢查…</translation>
    </message>
    <message>
        <source>Cannot check the document</source>
        <translation>無法檢查該文件</translation>
    </message>
</context>
<context>
    <name>CheckWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation>導覽(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>審閱(&amp;R)</translation>
    </message>
    <message>
        <source>Check another document…</source>
        <translation>檢查其他文件…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新檢查</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Back to the comparison</source>
        <translation>返回對照</translation>
    </message>
    <message>
        <source>Next finding</source>
        <translation>下一處問題</translation>
    </message>
    <message>
        <source>Previous finding</source>
        <translation>上一處問題</translation>
    </message>
    <message>
        <source>Next finding without a verdict</source>
        <translation>下一處無結論的問題</translation>
    </message>
    <message>
        <source>Comment on the finding</source>
        <translation>批註此處問題</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>批註：</translation>
    </message>
    <message>
        <source>On this finding (Enter)</source>
        <translation>針對此處問題（Enter）</translation>
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
        <translation>條款</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左側</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右側</translation>
    </message>
    <message>
        <source>… {count} identical clauses …</source>
        <translation>… {count} 條相同條款 …</translation>
    </message>
    <message>
        <source>Double-click to expand</source>
        <translation>按兩下展開</translation>
    </message>
</context>
<context>
    <name>DifferencesModel</name>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>條款</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>改動</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>結論</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>{left} ↔ {right} — Duizhao</source>
        <translation>{left} ↔ {right} — 對照</translation>
    </message>
    <message>
        <source>Duizhao — compare Chinese documents</source>
        <translation>對照 — 中文文件比較</translation>
    </message>
    <message>
        <source>A document changed on disk: compared again</source>
        <translation>文件已在磁碟上變更：已重新比較</translation>
    </message>
    <message>
        <source>Open the project</source>
        <translation>開啟專案</translation>
    </message>
    <message>
        <source>Compare these two documents</source>
        <translation>比較這兩個文件</translation>
    </message>
    <message>
        <source>Replace the left document</source>
        <translation>取代左側文件</translation>
    </message>
    <message>
        <source>Replace the right document</source>
        <translation>取代右側文件</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>匯出報告</translation>
    </message>
    <message>
        <source>Substantive differences</source>
        <translation>實質差異</translation>
    </message>
    <message>
        <source>All differences</source>
        <translation>全部差異</translation>
    </message>
    <message>
        <source>Comparison table (对照表)</source>
        <translation>修改前後對照表</translation>
    </message>
    <message>
        <source>Tracked changes</source>
        <translation>修訂（追蹤修訂）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>檔案：</translation>
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
        <translation>Word 樣式：</translation>
    </message>
    <message>
        <source>Replace the report?</source>
        <translation>取代報告？</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{name} 已存在於 {folder}。要取代嗎？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>取代</translation>
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
        <translation>第 {index} 處，共 {count} 處</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Leftover traditional form</source>
        <translation>遺留繁體</translation>
    </message>
    <message>
        <source>Leftover simplified form</source>
        <translation>遺留簡體</translation>
    </message>
    <message>
        <source>Other simplified form</source>
        <translation>另一簡體寫法</translation>
    </message>
    <message>
        <source>Other traditional form</source>
        <translation>另一繁體寫法</translation>
    </message>
    <message>
        <source>Mixed variants</source>
        <translation>異體混用</translation>
    </message>
    <message>
        <source>「{text}」 should probably read 「{suggestion}」</source>
        <translation>「{text}」應為「{suggestion}」</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Text → suggestion</source>
        <translation>原文 → 建議</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>結論</translation>
    </message>
</context>
<context>
    <name>FolderController</name>
    <message>
        <source>Cannot save the project</source>
        <translation>無法儲存專案</translation>
    </message>
    <message>
        <source>Save folder comparison as</source>
        <translation>將資料夾比較另存為</translation>
    </message>
    <message>
        <source>Duizhao projects (*.duizhao)</source>
        <translation>對照專案 (*.duizhao)</translation>
    </message>
    <message>
        <source>Pairing the documents…</source>
        <translation>正在配對文件…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在匯出</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>正在比較</translation>
    </message>
    <message>
        <source>{verb}: {done} of {total} pairs</source>
        <translation>{verb}：第 {done} / {total} 對</translation>
    </message>
    <message>
        <source>Cannot compare the folders</source>
        <translation>無法比較這兩個資料夾</translation>
    </message>
    <message>
        <source>{pairs} pairs: {different} with differences, {same} without, {errors} could not be read; {unpaired} files unpaired</source>
        <translation>共 {pairs} 對：{different} 對有差異，{same} 對無差異，{errors} 對無法讀取；{unpaired} 個檔案未配對</translation>
    </message>
    <message>
        <source> ({pending} not compared: cancelled)</source>
        <translation>（{pending} 對未比較：已取消）</translation>
    </message>
    <message>
        <source>Pair selected files</source>
        <translation>配對所選檔案</translation>
    </message>
    <message>
        <source>Select one unpaired file of each folder, then pair them.</source>
        <translation>請在兩個資料夾中各選一個未配對的檔案，再進行配對。</translation>
    </message>
    <message>
        <source>Export all reports to</source>
        <translation>將全部報告匯出到</translation>
    </message>
    <message>
        <source>Export all reports</source>
        <translation>匯出全部報告</translation>
    </message>
    <message>
        <source>Format of each report:</source>
        <translation>每份報告的格式：</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>The index cannot be written to {folder}: {reason}</source>
        <translation>無法將索引寫入 {folder}：{reason}</translation>
    </message>
    <message>
        <source>Reports written</source>
        <translation>報告已寫入</translation>
    </message>
    <message>
        <source>{count} reports and their index were written to {folder}.</source>
        <translation>{count} 份報告及其索引已寫入 {folder}。</translation>
    </message>
    <message>
        <source>Open the index</source>
        <translation>開啟索引</translation>
    </message>
</context>
<context>
    <name>FolderModel</name>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Substantive</source>
        <translation>實質差異</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已審閱</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>only left</source>
        <translation>僅左側</translation>
    </message>
    <message>
        <source>only right</source>
        <translation>僅右側</translation>
    </message>
    <message>
        <source>paired by content</source>
        <translation>按內容配對</translation>
    </message>
    <message>
        <source>paired by hand</source>
        <translation>手動配對</translation>
    </message>
</context>
<context>
    <name>FolderWindow</name>
    <message>
        <source>Compare folders — Duizhao</source>
        <translation>比較資料夾 — 對照</translation>
    </message>
    <message>
        <source>Changed only</source>
        <translation>僅顯示有差異的</translation>
    </message>
    <message>
        <source>Show unpaired files</source>
        <translation>顯示未配對的檔案</translation>
    </message>
    <message>
        <source>Open pair</source>
        <translation>開啟這一對</translation>
    </message>
    <message>
        <source>Pair selected files</source>
        <translation>配對所選檔案</translation>
    </message>
    <message>
        <source>Export all reports…</source>
        <translation>匯出全部報告…</translation>
    </message>
    <message>
        <source>Save as project…</source>
        <translation>另存為專案…</translation>
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
        <translation>轉到條款</translation>
    </message>
    <message>
        <source>Clause label, for example 第三条 or 二/（三）:</source>
        <translation>條款編號，例如 第三條 或 二/（三）：</translation>
    </message>
    <message>
        <source>No clause has the label {label}.</source>
        <translation>沒有編號為 {label} 的條款。</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Wording</source>
        <translation>措辭</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>數字</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>Encoding damage</source>
        <translation>編碼損壞</translation>
    </message>
    <message>
        <source>Conversion error</source>
        <translation>轉換錯誤</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>繁簡</translation>
    </message>
    <message>
        <source>Punctuation</source>
        <translation>標點</translation>
    </message>
    <message>
        <source>Whitespace</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>Markup</source>
        <translation>標記</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Notation</source>
        <translation>寫法不同</translation>
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
        <translation>有改動</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>簡體</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>繁體</translation>
    </message>
    <message>
        <source>Mixed scripts</source>
        <translation>簡繁混合</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>No conversion</source>
        <translation>不轉換</translation>
    </message>
    <message>
        <source>Traditional → Simplified</source>
        <translation>繁→簡</translation>
    </message>
    <message>
        <source>Taiwan → Simplified</source>
        <translation>台灣→簡</translation>
    </message>
    <message>
        <source>Hong Kong → Simplified</source>
        <translation>香港→簡</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Duizhao</source>
        <translation>關於對照</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>無法比較</translation>
    </message>
    <message>
        <source>Folder of earlier versions</source>
        <translation>舊版本所在資料夾</translation>
    </message>
    <message>
        <source>Folder of later versions</source>
        <translation>新版本所在資料夾</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>正在比較…</translation>
    </message>
    <message>
        <source>Comparison cancelled</source>
        <translation>比較已取消</translation>
    </message>
    <message>
        <source>Open two documents to compare them (File ▸ Open, or drop them here).</source>
        <translation>開啟兩份文件進行比較（檔案 ▸ 開啟，或拖放到此處）。</translation>
    </message>
    <message>
        <source>{count} substantive differences</source>
        <translation>{count} 處實質差異</translation>
    </message>
    <message>
        <source>Compare two documents before exporting a report.</source>
        <translation>請先比較兩份文件，再匯出報告。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在匯出…</translation>
    </message>
    <message>
        <source>Report written: {path}</source>
        <translation>報告已產生：{path}</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>報告已產生</translation>
    </message>
    <message>
        <source>The report was written to {path}.</source>
        <translation>報告已寫入 {path}。</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>開啟報告</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>報告未寫出</translation>
    </message>
    <message>
        <source>Duizhao (对照) {version}
Compare two versions of a Chinese document clause by clause.</source>
        <translation>對照 {version}
逐條比較中文文件的兩個版本。</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Differences ({count})</source>
        <translation>差異（{count}）</translation>
    </message>
</context>
<context>
    <name>OpenPairDialog</name>
    <message>
        <source>Documents ({patterns});;All files (*)</source>
        <translation>文件 ({patterns});;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Open documents</source>
        <translation>開啟文件</translation>
    </message>
    <message>
        <source>Left (earlier):</source>
        <translation>左側（修改前）：</translation>
    </message>
    <message>
        <source>Right (later):</source>
        <translation>右側（修改後）：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>Choose a document</source>
        <translation>選擇文件</translation>
    </message>
</context>
<context>
    <name>OrphanNotes</name>
    <message>
        <source>Delete note…</source>
        <translation>刪除批註…</translation>
    </message>
    <message>
        <source>Select the difference to attach the note to (F7 or F8)</source>
        <translation>請選擇要掛接批註的差異（F7 或 F8）</translation>
    </message>
    <message>
        <source>Note attached to the difference</source>
        <translation>批註已掛接到該差異</translation>
    </message>
    <message>
        <source>Select the row to attach the note to</source>
        <translation>請選擇要掛接批註的條款</translation>
    </message>
    <message>
        <source>Note attached to the row</source>
        <translation>批註已掛接到該條款</translation>
    </message>
    <message>
        <source>Replace the note?</source>
        <translation>取代批註？</translation>
    </message>
    <message>
        <source>This already has a note:

{held}

Replace it with the orphaned note? The note it has now will be deleted from the review.

{orphan}</source>
        <translation>此處已有批註：

{held}

要用未能對應的批註取代它嗎？現有批註將從審閱檔案中刪除。

{orphan}</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>取代</translation>
    </message>
    <message>
        <source>Delete the note?</source>
        <translation>刪除批註？</translation>
    </message>
    <message>
        <source>Delete this note from the review file? Colleagues who share the file will no longer see it.

{note}</source>
        <translation>要從審閱檔案中刪除這則批註嗎？共用此檔案的同事將再也看不到它。

{note}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Note deleted</source>
        <translation>批註已刪除</translation>
    </message>
    <message>
        <source>Attach to the current row</source>
        <translation>掛接到目前條款</translation>
    </message>
    <message>
        <source>Attach the selected note to the selected row</source>
        <translation>將所選批註掛接到所選條款</translation>
    </message>
    <message>
        <source>Select a row first</source>
        <translation>請先選擇一個條款</translation>
    </message>
    <message>
        <source>Attach to the current difference</source>
        <translation>掛接到目前差異</translation>
    </message>
    <message>
        <source>Attach the selected note to {difference}</source>
        <translation>將所選批註掛接到：{difference}</translation>
    </message>
    <message>
        <source>Select a difference first (F7 or F8)</source>
        <translation>請先選擇一處差異（F7 或 F8）</translation>
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
        <translation>歸位</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>輸入</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空白鍵</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Row {label}</source>
        <translation>條款 {label}</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒絕</translation>
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
        <translation>已拒絕</translation>
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
        <translation>審閱(&amp;R)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒絕</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Comment on the difference</source>
        <translation>批註此處差異</translation>
    </message>
    <message>
        <source>Comment on the row</source>
        <translation>批註整條</translation>
    </message>
    <message>
        <source>Next unreviewed difference</source>
        <translation>下一處未審閱差異</translation>
    </message>
    <message>
        <source>Accept all of a kind</source>
        <translation>全部接受（按類型）</translation>
    </message>
    <message>
        <source>Reject all of a kind</source>
        <translation>全部拒絕（按類型）</translation>
    </message>
    <message>
        <source>Reviewer name…</source>
        <translation>審閱人姓名…</translation>
    </message>
    <message>
        <source>Save review as…</source>
        <translation>審閱另存為…</translation>
    </message>
    <message>
        <source>Open review…</source>
        <translation>開啟審閱…</translation>
    </message>
    <message>
        <source>Save comparison as…</source>
        <translation>比較另存為…</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>開啟專案…</translation>
    </message>
    <message>
        <source>Undo review edit</source>
        <translation>復原批註修改</translation>
    </message>
    <message>
        <source>Redo review edit</source>
        <translation>重做批註修改</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Select a difference first (F7 or F8)</source>
        <translation>請先選擇一處差異（F7 或 F8）</translation>
    </message>
    <message>
        <source>{count} differences marked</source>
        <translation>已標記 {count} 處差異</translation>
    </message>
    <message>
        <source>Every {kind} difference has a verdict</source>
        <translation>所有「{kind}」差異均已有結論</translation>
    </message>
    <message>
        <source>Accept {count} {kind} differences?</source>
        <translation>接受 {count} 處「{kind}」差異？</translation>
    </message>
    <message>
        <source>Reject {count} {kind} differences?</source>
        <translation>拒絕 {count} 處「{kind}」差異？</translation>
    </message>
    <message>
        <source>Those without a verdict get one; the {kept} that have a verdict keep it. Undo (Ctrl+Z) takes it back.</source>
        <translation>尚無結論的差異將獲得此結論；已有結論的 {kept} 處保持不變。可用復原（Ctrl+Z）恢復。</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>全部接受</translation>
    </message>
    <message>
        <source>Reject all</source>
        <translation>全部拒絕</translation>
    </message>
    <message>
        <source>Every substantive difference has a verdict</source>
        <translation>所有實質差異均已給出結論</translation>
    </message>
    <message>
        <source>Reviewed {done} / {total}</source>
        <translation>已審閱 {done} / {total}</translation>
    </message>
    <message>
        <source>Select a difference (F7, F8) to give it a verdict.</source>
        <translation>選擇一處差異（F7、F8）即可給出結論。</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>審閱人姓名</translation>
    </message>
    <message>
        <source>Your name on annotations:</source>
        <translation>批註上署的姓名：</translation>
    </message>
</context>
<context>
    <name>ReviewFiles</name>
    <message>
        <source>This project opens documents outside its own folder: {paths}</source>
        <translation>此專案開啟其資料夾之外的文件：{paths}</translation>
    </message>
    <message>
        <source>The review saved at {path} is gone; using the one beside the documents</source>
        <translation>儲存在 {path} 的審閱檔案已不存在，改用文件旁的審閱檔案</translation>
    </message>
    <message>
        <source>The saved review of these documents cannot be used</source>
        <translation>這兩份文件上次使用的審閱檔案無法使用</translation>
    </message>
    <message>
        <source>The review beside the documents cannot be used</source>
        <translation>文件旁的審閱檔案無法使用</translation>
    </message>
    <message>
        <source>The review changed on disk ({path}): its notes were merged in</source>
        <translation>審閱檔案已在磁碟上變更（{path}）：其批註已合併</translation>
    </message>
    <message>
        <source>The review cannot be saved: {reason}</source>
        <translation>審閱無法儲存：{reason}</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存新檔…</translation>
    </message>
    <message>
        <source>The review is not saved</source>
        <translation>審閱尚未儲存</translation>
    </message>
    <message>
        <source>The review cannot be saved:
{reason}

Save it elsewhere, or close and lose the changes since the last save?</source>
        <translation>無法儲存審閱：
{reason}

另存到其他位置，還是關閉並遺失上次儲存後的變更？</translation>
    </message>
    <message>
        <source>no file to save it to</source>
        <translation>沒有可儲存到的檔案</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>不儲存並關閉</translation>
    </message>
    <message>
        <source>Cannot open the review</source>
        <translation>無法開啟審閱</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>無法開啟專案</translation>
    </message>
    <message>
        <source>Save review as</source>
        <translation>審閱另存為</translation>
    </message>
    <message>
        <source>Reviews (*.json)</source>
        <translation>審閱檔案 (*.json)</translation>
    </message>
    <message>
        <source>Open review</source>
        <translation>開啟審閱</translation>
    </message>
    <message>
        <source>Reviews (*.json *.duizhao)</source>
        <translation>審閱檔案 (*.json *.duizhao)</translation>
    </message>
    <message>
        <source>Compare two documents before saving them as a project.</source>
        <translation>請先比較兩份文件，再儲存為專案。</translation>
    </message>
    <message>
        <source>Save comparison as</source>
        <translation>比較另存為</translation>
    </message>
    <message>
        <source>Duizhao projects (*.duizhao)</source>
        <translation>對照專案 (*.duizhao)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>開啟專案</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Review</source>
        <translation>審閱</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>批註：</translation>
    </message>
    <message>
        <source>Row comment:</source>
        <translation>整條批註：</translation>
    </message>
    <message>
        <source>On this difference (Enter)</source>
        <translation>針對此處差異（Enter）</translation>
    </message>
    <message>
        <source>On the whole row (Shift+Enter)</source>
        <translation>針對整條（Shift+Enter）</translation>
    </message>
    <message>
        <source>Delete note…</source>
        <translation>刪除批註…</translation>
    </message>
    <message>
        <source>Delete the selected note from the review file (Del)</source>
        <translation>從審閱檔案中刪除所選批註（Del）</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>全部結論</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>未審閱</translation>
    </message>
    <message>
        <source>Reviewer: {name}</source>
        <translation>審閱人：{name}</translation>
    </message>
    <message>
        <source>Notes that no longer match ({count}):</source>
        <translation>未能對應的批註（{count}）：</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Compare two versions of a Chinese document</source>
        <translation>逐條對照同一份中文文件的兩個版本</translation>
    </message>
    <message>
        <source>Open two documents…</source>
        <translation>開啟兩份文件…</translation>
    </message>
    <message>
        <source>Open the sample pair</source>
        <translation>開啟範例文件</translation>
    </message>
    <message>
        <source>Compare two folders…</source>
        <translation>比較兩個資料夾…</translation>
    </message>
    <message>
        <source>Check one document…</source>
        <translation>檢查單一文件…</translation>
    </message>
    <message>
        <source>Drop two documents, two folders or a .duizhao project here</source>
        <translation>將兩個文件、兩個資料夾或一個 .duizhao 專案拖放到這裡</translation>
    </message>
    <message>
        <source>Recent pairs</source>
        <translation>最近對照的文件</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>最近的專案</translation>
    </message>
</context>
<context>
    <name>UnrelatedNotice</name>
    <message>
        <source>These documents share {percent}% of their text.</source>
        <translation>這兩份文件只有 {percent}% 的文字相同。</translation>
    </message>
    <message>
        <source>They do not look like two versions of one document, and a comparison would show little more than two columns of different text.</source>
        <translation>它們不像是同一份文件的兩個版本，對照結果幾乎只是兩欄不同的文字。</translation>
    </message>
    <message>
        <source>Compare them anyway</source>
        <translation>仍然對照</translation>
    </message>
    <message>
        <source>Open other documents…</source>
        <translation>開啟其他文件…</translation>
    </message>
</context>
<context>
    <name>WindowView</name>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>Show non-substantive kinds</source>
        <translation>顯示非實質差異類型</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation>導覽(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開啟…</translation>
    </message>
    <message>
        <source>Compare folders…</source>
        <translation>比較資料夾…</translation>
    </message>
    <message>
        <source>Back to folders</source>
        <translation>返回資料夾列表</translation>
    </message>
    <message>
        <source>Check one document…</source>
        <translation>檢查單一文件…</translation>
    </message>
    <message>
        <source>Swap sides</source>
        <translation>交換左右</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新載入</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>尋找…</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>尋找下一個</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>尋找上一個</translation>
    </message>
    <message>
        <source>Go to clause…</source>
        <translation>轉到條款…</translation>
    </message>
    <message>
        <source>Source line breaks</source>
        <translation>原文換行</translation>
    </message>
    <message>
        <source>Show each clause's line breaks as in the source instead of reflowed text</source>
        <translation>按原文顯示條款內的換行，而不是重排後的文字</translation>
    </message>
    <message>
        <source>Next difference</source>
        <translation>下一處差異</translation>
    </message>
    <message>
        <source>Previous difference</source>
        <translation>上一處差異</translation>
    </message>
    <message>
        <source>Go to moved counterpart</source>
        <translation>前往移動的對應位置</translation>
    </message>
    <message>
        <source>Differences only</source>
        <translation>僅顯示差異</translation>
    </message>
    <message>
        <source>Font…</source>
        <translation>字型…</translation>
    </message>
    <message>
        <source>Open sample</source>
        <translation>開啟範例</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source> Conversion: </source>
        <translation> 轉換：</translation>
    </message>
    <message>
        <source>Find in both documents</source>
        <translation>在兩份文件中尋找</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一個</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一個</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>精確</translation>
    </message>
    <message>
        <source>Match script and width exactly (培养 no longer finds 培養)</source>
        <translation>嚴格區分繁簡和全半形（培养 不再找到 培養）</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Substantive</source>
        <translation>實質差異</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部類型</translation>
    </message>
    <message>
        <source>About Duizhao</source>
        <translation>關於對照</translation>
    </message>
</context>
</TS>
