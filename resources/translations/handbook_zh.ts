<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AdminDialog</name>
        <message>
            <source>Leave kiosk mode</source>
            <translation>退出自助终端模式</translation>
        </message>
        <message>
            <source>Staff only. Type the admin passphrase to close the handbook.</source>
            <translation>仅限工作人员。请输入管理员口令以关闭手册。</translation>
        </message>
        <message>
            <source>No admin passphrase is set, so kiosk mode cannot be left from here. To set one, run this command on this computer, then start the handbook again:
%1</source>
            <translation>尚未设置管理员口令，因此无法在这里退出自助终端模式。如需设置，请在这台电脑上运行以下命令，然后重新启动手册：
%1</translation>
        </message>
        <message>
            <source>Admin passphrase</source>
            <translation>管理员口令</translation>
        </message>
        <message>
            <source>Close the handbook</source>
            <translation>关闭手册</translation>
        </message>
        <message>
            <source>Check the passphrase and close the handbook</source>
            <translation>检查口令并关闭手册</translation>
        </message>
        <message>
            <source>Back to the handbook</source>
            <translation>返回手册</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>确定</translation>
        </message>
        <message>
            <source>That passphrase is not right. Please try again.</source>
            <translation>口令不正确，请再试一次。</translation>
        </message>
        <message>
            <source>Kiosk status</source>
            <translation>自助终端状态</translation>
        </message>
        <message>
            <source>Check the passphrase and show the kiosk's status</source>
            <translation>检查口令并显示自助终端状态</translation>
        </message>
        <message>
            <source>Running since %1. Resets: %2. Problems noted: %3.</source>
            <translation>自 %1 起运行。重置次数：%2。记录的问题：%3。</translation>
        </message>
        <message>
            <source>Latest problems (the log has the details):</source>
            <translation>最近的问题（详情见日志）：</translation>
        </message>
        <message>
            <source>Log file: %1</source>
            <translation>日志文件：%1</translation>
        </message>
        <message>
            <source>No log file: its folder cannot be written.</source>
            <translation>没有日志文件：无法写入日志文件夹。</translation>
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message>
            <source>Choose 2 to 4 treatments to see them side by side:</source>
            <translation>请选择 2 到 4 种治疗方法，并排比较：</translation>
        </message>
        <message>
            <source>Treatments to compare</source>
            <translation>要比较的治疗方法</translation>
        </message>
        <message>
            <source>Press Space to tick or untick a treatment.</source>
            <translation>按空格键可以勾选或取消勾选一种治疗方法。</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>保存为 PDF…</translation>
        </message>
        <message>
            <source>Save this comparison as a PDF file</source>
            <translation>把这份比较表保存为 PDF 文件</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>Print this comparison</source>
            <translation>打印这份比较表</translation>
        </message>
        <message>
            <source>Clear choices</source>
            <translation>清除选择</translation>
        </message>
        <message>
            <source>Untick all treatments</source>
            <translation>取消勾选所有治疗方法</translation>
        </message>
        <message>
            <source>Comparison table</source>
            <translation>比较表</translation>
        </message>
        <message>
            <source>One row for each question, one column for each treatment.</source>
            <translation>每个问题占一行，每种治疗方法占一列。</translation>
        </message>
        <message>
            <source>You can compare up to 4 treatments. Untick one to choose another.</source>
            <translation>最多可以比较 4 种治疗方法。请先取消勾选一种，再选择另一种。</translation>
        </message>
        <message>
            <source>%1 treatments chosen.</source>
            <translation>已选择 %1 种治疗方法。</translation>
        </message>
        <message>
            <source>Tick at least 2 treatments.</source>
            <translation>请至少勾选 2 种治疗方法。</translation>
        </message>
        <message>
            <source>Tick at least 2 treatments in the list to see them side by side.</source>
            <translation>请在列表中勾选至少 2 种治疗方法，以便并排比较。</translation>
        </message>
    </context>
    <context>
        <name>ContentsTree</name>
        <message>
            <source>Contents</source>
            <translation>目录</translation>
        </message>
        <message>
            <source>Every topic of the handbook. Press Enter to open one.</source>
            <translation>手册里的所有主题。按回车键打开。</translation>
        </message>
        <message>
            <source>Sections and treatments</source>
            <translation>章节和治疗方法</translation>
        </message>
        <message>
            <source>Questions to ask</source>
            <translation>可以问的问题</translation>
        </message>
        <message>
            <source>Glossary</source>
            <translation>术语表</translation>
        </message>
    </context>
    <context>
        <name>ErrorBanner</name>
        <message>
            <source>The handout was not printed. Nothing is lost: you can print it again.</source>
            <translation>资料没有打印出来。内容没有丢失，您可以再打印一次。</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>提示信息</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Close this message</source>
            <translation>关闭这条提示</translation>
        </message>
        <message>
            <source>The handout could not be made.</source>
            <translation>无法制作这份资料。</translation>
        </message>
        <message>
            <source>Search is not working right now. You can still use the contents list.</source>
            <translation>搜索暂时无法使用。您仍然可以使用目录。</translation>
        </message>
        <message>
            <source>That page could not be found.</source>
            <translation>找不到这个页面。</translation>
        </message>
        <message>
            <source>The file could not be saved there. Please choose another folder.</source>
            <translation>文件无法保存在那里。请选择另一个文件夹。</translation>
        </message>
        <message>
            <source>The file could not be saved. Please choose another place or try again.</source>
            <translation>文件无法保存。请选择其他位置，或再试一次。</translation>
        </message>
        <message>
            <source>Something did not work.</source>
            <translation>操作没有成功。</translation>
        </message>
        <message>
            <source>Something went wrong. Please try again, or ask a member of staff for help.</source>
            <translation>出了点问题。请再试一次，或请工作人员帮忙。</translation>
        </message>
        <message>
            <source>Some pages of the handbook could not be loaded, so they are missing. Everything else works. Staff can run “handbook check” to find the problem.</source>
            <translation>手册中有些页面无法载入，所以暂时缺失。其他内容都可以正常使用。工作人员可以运行“handbook check”查找问题。</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Second language:</source>
            <translation>第二种语言：</translation>
        </message>
        <message>
            <source>No second language</source>
            <translation>不加第二种语言</translation>
        </message>
        <message>
            <source>Second language of the handout</source>
            <translation>资料的第二种语言</translation>
        </message>
        <message>
            <source>Each part of the handout is printed beside its translation, for you and your care team</source>
            <translation>资料的每一部分都会与译文并排打印，方便您和医疗团队一起阅读</translation>
        </message>
        <message>
            <source>Preview…</source>
            <translation>预览…</translation>
        </message>
        <message>
            <source>See the handout's pages before printing</source>
            <translation>打印前查看资料的各页</translation>
        </message>
        <message>
            <source>Save or print a handout</source>
            <translation>保存或打印资料</translation>
        </message>
        <message>
            <source>Print a handout</source>
            <translation>打印资料</translation>
        </message>
        <message>
            <source>Sections to include:</source>
            <translation>要包含的章节：</translation>
        </message>
        <message>
            <source>Sections to include</source>
            <translation>要包含的章节</translation>
        </message>
        <message>
            <source>Press Space to tick or untick a section.</source>
            <translation>按空格键可以勾选或取消勾选一个章节。</translation>
        </message>
        <message>
            <source>Tick all</source>
            <translation>全选</translation>
        </message>
        <message>
            <source>Tick all sections</source>
            <translation>勾选所有章节</translation>
        </message>
        <message>
            <source>Untick all</source>
            <translation>全部取消</translation>
        </message>
        <message>
            <source>Untick all sections</source>
            <translation>取消勾选所有章节</translation>
        </message>
        <message>
            <source>Add a comparison (tick 2 to 4 treatments):</source>
            <translation>加入比较表（勾选 2 到 4 种治疗方法）：</translation>
        </message>
        <message>
            <source>Treatments to compare in the handout</source>
            <translation>资料中要比较的治疗方法</translation>
        </message>
        <message>
            <source>Language of the handout:</source>
            <translation>资料的语言：</translation>
        </message>
        <message>
            <source>Language of the handout</source>
            <translation>资料的语言</translation>
        </message>
        <message>
            <source>Large print</source>
            <translation>大字版</translation>
        </message>
        <message>
            <source>Bigger text, easier to read</source>
            <translation>字更大，更容易阅读</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>保存为 PDF…</translation>
        </message>
        <message>
            <source>Save the handout as a PDF file</source>
            <translation>把资料保存为 PDF 文件</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>Print the handout</source>
            <translation>打印资料</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Close without making a handout</source>
            <translation>关闭，不制作资料</translation>
        </message>
        <message>
            <source>For a comparison, tick 2 to 4 treatments (or none).</source>
            <translation>如要加入比较表，请勾选 2 到 4 种治疗方法（或一种都不选）。</translation>
        </message>
        <message>
            <source>Tick at least one section, or 2 to 4 treatments to compare.</source>
            <translation>请至少勾选一个章节，或勾选 2 到 4 种治疗方法进行比较。</translation>
        </message>
        <message>
            <source>Ready. Choose Save as PDF or Print.</source>
            <translation>准备好了。请选择“保存为 PDF”或“打印”。</translation>
        </message>
        <message>
            <source>Ready. Choose Print.</source>
            <translation>准备好了。请选择“打印”。</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in page:</source>
            <translation>在本页查找：</translation>
        </message>
        <message>
            <source>Find in page</source>
            <translation>在本页查找</translation>
        </message>
        <message>
            <source>Type a word to highlight it on this page</source>
            <translation>输入词语，在本页中把它标出来</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>上一个</translation>
        </message>
        <message>
            <source>Previous match</source>
            <translation>上一处</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>下一个</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>下一处</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Close find in page</source>
            <translation>关闭本页查找</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>没有找到</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>第 %1 个，共 %2 个</translation>
        </message>
        <message>
            <source>Clear the word to find</source>
            <translation>清除要查找的词语</translation>
        </message>
    </context>
    <context>
        <name>GlossaryPopup</name>
        <message>
            <source>Meaning of a word</source>
            <translation>词语解释</translation>
        </message>
        <message>
            <source>Open in the glossary</source>
            <translation>在术语表中打开</translation>
        </message>
        <message>
            <source>Open this word in the glossary</source>
            <translation>在术语表中打开这个词</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Close the meaning</source>
            <translation>关闭解释</translation>
        </message>
    </context>
    <context>
        <name>Kiosk</name>
        <message>
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>Print a handout</source>
            <translation>打印资料</translation>
        </message>
        <message>
            <source>Choose pages to print and take with you</source>
            <translation>选择要打印并带走的页面</translation>
        </message>
    </context>
    <context>
        <name>KioskHandouts</name>
        <message>
            <source>Your handout was not printed. Please ask the front desk.</source>
            <translation>您的资料没有打印出来。请到前台咨询。</translation>
        </message>
        <message>
            <source>The printer is not available. Please ask the front desk.</source>
            <translation>打印机无法使用。请向前台工作人员求助。</translation>
        </message>
        <message>
            <source>Your handout was sent. Please ask the front desk for it.</source>
            <translation>您的资料已发送。请到前台领取。</translation>
        </message>
        <message>
            <source>Your handout is printing. Please collect it from the printer.</source>
            <translation>您的资料正在打印。请到打印机处领取。</translation>
        </message>
    </context>
    <context>
        <name>LanguageBar</name>
        <message>
            <source>Show the handbook in this language</source>
            <translation>用这种语言显示手册</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>管理</translation>
        </message>
        <message>
            <source>Staff only: leave kiosk mode</source>
            <translation>仅限工作人员：退出自助终端模式</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>My questions</source>
            <translation>我的问题</translation>
        </message>
        <message>
            <source>See, add and print the questions you want to ask</source>
            <translation>查看、添加和打印您想问的问题</translation>
        </message>
        <message>
            <source>Your sheet is full: remove a question in My questions first.</source>
            <translation>您的问题表已满：请先在“我的问题”中删除一个问题。</translation>
        </message>
        <message>
            <source>&amp;About Handbook</source>
            <translation>关于本手册</translation>
        </message>
        <message>
            <source>Version, and whether a translation is missing</source>
            <translation>版本，以及是否缺少翻译</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>返回</translation>
        </message>
        <message>
            <source>Go back to the page before</source>
            <translation>回到上一页</translation>
        </message>
        <message>
            <source>H&amp;ome</source>
            <translation>首页</translation>
        </message>
        <message>
            <source>Go to the start page</source>
            <translation>回到首页</translation>
        </message>
        <message>
            <source>&amp;Compare treatments</source>
            <translation>比较治疗方法</translation>
        </message>
        <message>
            <source>See treatments side by side</source>
            <translation>并排查看治疗方法</translation>
        </message>
        <message>
            <source>&amp;Save or print…</source>
            <translation>保存或打印…</translation>
        </message>
        <message>
            <source>Save or print a handout</source>
            <translation>保存或打印资料</translation>
        </message>
        <message>
            <source>&amp;Find in page</source>
            <translation>在本页查找</translation>
        </message>
        <message>
            <source>Find a word on this page</source>
            <translation>在本页查找一个词</translation>
        </message>
        <message>
            <source>Go to s&amp;earch</source>
            <translation>转到搜索</translation>
        </message>
        <message>
            <source>Move to the search box</source>
            <translation>移到搜索框</translation>
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation>放大文字</translation>
        </message>
        <message>
            <source>Make the text larger</source>
            <translation>把文字放大</translation>
        </message>
        <message>
            <source>S&amp;maller text</source>
            <translation>缩小文字</translation>
        </message>
        <message>
            <source>Make the text smaller</source>
            <translation>把文字缩小</translation>
        </message>
        <message>
            <source>&amp;Normal text size</source>
            <translation>正常文字大小</translation>
        </message>
        <message>
            <source>Go back to the normal text size</source>
            <translation>恢复正常文字大小</translation>
        </message>
        <message>
            <source>High con&amp;trast</source>
            <translation>高对比度</translation>
        </message>
        <message>
            <source>Switch between calm colours and high contrast</source>
            <translation>在柔和颜色和高对比度之间切换</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>Close the handbook</source>
            <translation>关闭手册</translation>
        </message>
        <message>
            <source>A+</source>
            <translation>A+</translation>
        </message>
        <message>
            <source>A−</source>
            <translation>A−</translation>
        </message>
        <message>
            <source>&amp;Handbook</source>
            <translation>手册</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>显示</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>菜单栏</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>语言：</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>The language of the handbook and its buttons</source>
            <translation>手册内容和按钮使用的语言</translation>
        </message>
        <message>
            <source>Contents and page</source>
            <translation>目录和页面</translation>
        </message>
        <message>
            <source>Making your handout…</source>
            <translation>正在制作您的资料…</translation>
        </message>
        <message>
            <source>Working, please wait</source>
            <translation>正在处理，请稍候</translation>
        </message>
        <message>
            <source>Patient handbook</source>
            <translation>患者手册</translation>
        </message>
        <message>
            <source>Text size: %1%</source>
            <translation>文字大小：%1%</translation>
        </message>
        <message>
            <source>Save the handout</source>
            <translation>保存资料</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>已保存：%1</translation>
        </message>
        <message>
            <source>The handout was sent to the printer.</source>
            <translation>资料已发送到打印机。</translation>
        </message>
    </context>
    <context>
        <name>Reader</name>
        <message>
            <source>Tick or untick this question for your sheet of questions (My questions)</source>
            <translation>勾选或取消勾选这个问题，加入或移出您的问题表（我的问题）</translation>
        </message>
        <message>
            <source>Page text</source>
            <translation>页面内容</translation>
        </message>
        <message>
            <source>Underlined words have a short explanation: select them to read it.</source>
            <translation>带下划线的词有简短解释：点一下就能看到。</translation>
        </message>
        <message>
            <source>Sections and treatments</source>
            <translation>章节和治疗方法</translation>
        </message>
        <message>
            <source>Questions to ask your care team</source>
            <translation>可以问医疗团队的问题</translation>
        </message>
        <message>
            <source>Choose a topic below or in the contents list, or type in the search box. Underlined words have a short explanation: select them to read it.</source>
            <translation>请在下面或目录中选择一个主题，或在搜索框中输入文字。带下划线的词有简短解释：点一下就能看到。</translation>
        </message>
    </context>
    <context>
        <name>SearchClearButton</name>
        <message>
            <source>Clear the search</source>
            <translation>清除搜索内容</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Search, for example: bone pain</source>
            <translation>搜索，例如：骨痛</translation>
        </message>
        <message>
            <source>Search the handbook</source>
            <translation>搜索手册</translation>
        </message>
        <message>
            <source>Results appear as you type. Press Down to move to the results, Enter to open the best one.</source>
            <translation>边输入边显示结果。按向下键可移到结果列表，按回车键打开最合适的结果。</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>搜索结果</translation>
        </message>
        <message>
            <source>Press Enter to open a result.</source>
            <translation>按回车键打开一个结果。</translation>
        </message>
        <message>
            <source>Search for the suggested word instead</source>
            <translation>改为搜索建议的词</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>章节</translation>
        </message>
        <message>
            <source>Treatment</source>
            <translation>治疗方法</translation>
        </message>
        <message>
            <source>Glossary term</source>
            <translation>术语</translation>
        </message>
        <message>
            <source>Questions to ask</source>
            <translation>可以问的问题</translation>
        </message>
        <message>
            <source>Results for “%1”: %2</source>
            <translation>“%1”的搜索结果：%2 个</translation>
        </message>
        <message>
            <source>Nothing found for “%1”.</source>
            <translation>没有找到与“%1”相关的内容。</translation>
        </message>
        <message>
            <source>Did you mean: %1?</source>
            <translation>您是不是要找：%1？</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>Words explained</source>
            <translation>词语解释</translation>
        </message>
        <message>
            <source>Who can help</source>
            <translation>可以向谁求助</translation>
        </message>
        <message>
            <source>This handbook does not cover “%1”. Your care team can help.</source>
            <translation>本手册没有涉及“%1”。您的医疗团队可以帮助您。</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>清除搜索内容</translation>
        </message>
    </context>
    <context>
        <name>StillThereOverlay</name>
        <message>
            <source>Are you still there?</source>
            <translation>您还在吗？</translation>
        </message>
        <message>
            <source>I'm still here</source>
            <translation>我还在</translation>
        </message>
        <message>
            <source>I'm still here: keep reading</source>
            <translation>我还在：继续阅读</translation>
        </message>
        <message numerus="yes">
            <source>For your privacy, the handbook will start over in %n second(s). Touch the screen to keep reading.</source>
            <translation>
                <numerusform>为保护您的隐私，手册将在 %n 秒后重新开始。触摸屏幕即可继续阅读。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrintFollower</name>
        <message>
            <source>The printer %1 is paused. The handout waits in its queue and prints when it is started again.</source>
            <translation>打印机 %1 已暂停。资料在打印队列中等待，打印机恢复工作后就会打印。</translation>
        </message>
        <message>
            <source>The handout was printed.</source>
            <translation>资料已打印完成。</translation>
        </message>
        <message>
            <source>The print job was cancelled before the handout was printed. You can print it again.</source>
            <translation>资料打印之前，打印任务已被取消。您可以再打印一次。</translation>
        </message>
    </context>
    <context>
        <name>About</name>
        <message>
            <source>About Handbook</source>
            <translation>关于本手册</translation>
        </message>
        <message>
            <source>Handbook %1</source>
            <translation>手册 %1</translation>
        </message>
        <message>
            <source>Prostate cancer that has spread to the bones: a plain-language guide that works offline.</source>
            <translation>已扩散到骨骼的前列腺癌：一本通俗易懂、无需联网即可使用的指南。</translation>
        </message>
        <message>
            <source>The translation of the buttons and menus into %1 is missing, so they show in English.</source>
            <translation>缺少按钮和菜单的%1翻译，因此它们以英文显示。</translation>
        </message>
    </context>
    <context>
        <name>MyQuestionsDialog</name>
        <message>
            <source>My questions</source>
            <translation>我的问题</translation>
        </message>
        <message>
            <source>Tick questions on the question pages, or write your own here. Print them and take them to your visit: there is room to write the answers.</source>
            <translation>在问题页面上勾选问题，或在这里写下您自己的问题。打印出来带去就诊：表上留有写答案的地方。</translation>
        </message>
        <message>
            <source>Your questions:</source>
            <translation>您的问题：</translation>
        </message>
        <message>
            <source>Your questions</source>
            <translation>您的问题</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Remove the chosen question</source>
            <translation>删除选中的问题</translation>
        </message>
        <message>
            <source>Clear all</source>
            <translation>全部清除</translation>
        </message>
        <message>
            <source>Remove all your questions</source>
            <translation>删除您的所有问题</translation>
        </message>
        <message>
            <source>Write a question of your own:</source>
            <translation>写下您自己的问题：</translation>
        </message>
        <message>
            <source>A question of your own</source>
            <translation>您自己的问题</translation>
        </message>
        <message>
            <source>For example: Can I still travel?</source>
            <translation>例如：我还能出门旅行吗？</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Add your question to the list</source>
            <translation>把您的问题加入列表</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>保存为 PDF…</translation>
        </message>
        <message>
            <source>Save your questions as a PDF file</source>
            <translation>把您的问题保存为 PDF 文件</translation>
        </message>
        <message>
            <source>Print my questions</source>
            <translation>打印我的问题</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Close my questions</source>
            <translation>关闭“我的问题”</translation>
        </message>
        <message>
            <source>My own questions</source>
            <translation>我自己的问题</translation>
        </message>
        <message>
            <source>No questions yet: tick some on the question pages, or write your own.</source>
            <translation>还没有问题：请在问题页面上勾选，或写下您自己的问题。</translation>
        </message>
        <message>
            <source>The sheet is full: remove a question to add another.</source>
            <translation>问题表已满：请先删除一个问题再添加。</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) on your sheet.</source>
            <translation>
                <numerusform>您的问题表上有 %n 个问题。</numerusform>
            </translation>
        </message>
    </context>
</TS>
