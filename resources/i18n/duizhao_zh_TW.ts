<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
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
    <message>
        <source>Not found</source>
        <translation>找不到</translation>
    </message>
    <message>
        <source>{index} of {count}</source>
        <translation>第 {index} 個，共 {count} 個</translation>
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
</context>
<context>
    <name>ReviewController</name>
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
        <source>Delete note…</source>
        <translation>刪除批註…</translation>
    </message>
    <message>
        <source>This project opens documents outside its own folder: {paths}</source>
        <translation>此專案開啟其資料夾之外的文件：{paths}</translation>
    </message>
    <message>
        <source>The review saved at {path} is gone; using the one beside the documents</source>
        <translation>儲存在 {path} 的審閱檔案已不存在，改用文件旁的審閱檔案</translation>
    </message>
    <message>
        <source>The review beside the documents cannot be used</source>
        <translation>文件旁的審閱檔案無法使用</translation>
    </message>
    <message>
        <source>The saved review of these documents cannot be used</source>
        <translation>這兩份文件上次使用的審閱檔案無法使用</translation>
    </message>
    <message>
        <source>Select a difference first (F7 or F8)</source>
        <translation>請先選擇一處差異（F7 或 F8）</translation>
    </message>
    <message>
        <source>Every substantive difference has a verdict</source>
        <translation>所有實質差異均已給出結論</translation>
    </message>
    <message>
        <source>Select the difference to attach the note to (F7 or F8)</source>
        <translation>請選擇要掛接批註的差異（F7 或 F8）</translation>
    </message>
    <message>
        <source>Replace the note?</source>
        <translation>取代批註？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>取代</translation>
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
        <source>Cancel</source>
        <translation>取消</translation>
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
        <source>Reviewed {done} / {total}</source>
        <translation>已審閱 {done} / {total}</translation>
    </message>
    <message>
        <source>Select a difference (F7, F8) to give it a verdict.</source>
        <translation>選擇一處差異（F7、F8）即可給出結論。</translation>
    </message>
    <message>
        <source>The review cannot be saved: {reason}</source>
        <translation>審閱無法儲存：{reason}</translation>
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
        <source>Reviewer name</source>
        <translation>審閱人姓名</translation>
    </message>
    <message>
        <source>Your name on annotations:</source>
        <translation>批註上署的姓名：</translation>
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
