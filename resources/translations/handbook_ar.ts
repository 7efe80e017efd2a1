<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>AdminDialog</name>
        <message>
            <source>Leave kiosk mode</source>
            <translation>الخروج من وضع الكشك</translation>
        </message>
        <message>
            <source>Staff only. Type the admin passphrase to close the handbook.</source>
            <translation>للموظفين فقط. اكتب عبارة مرور المسؤول لإغلاق الدليل.</translation>
        </message>
        <message>
            <source>No admin passphrase is set, so kiosk mode cannot be left from here. To set one, run this command on this computer, then start the handbook again:
%1</source>
            <translation>لم تُضبط عبارة مرور للمسؤول، لذلك لا يمكن الخروج من وضع الكشك من هنا. لضبط واحدة، شغّل هذا الأمر على هذا الحاسوب، ثم افتح الدليل من جديد:
%1</translation>
        </message>
        <message>
            <source>Admin passphrase</source>
            <translation>عبارة مرور المسؤول</translation>
        </message>
        <message>
            <source>Close the handbook</source>
            <translation>إغلاق الدليل</translation>
        </message>
        <message>
            <source>Check the passphrase and close the handbook</source>
            <translation>تحقق من عبارة المرور وأغلق الدليل</translation>
        </message>
        <message>
            <source>Back to the handbook</source>
            <translation>العودة إلى الدليل</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>حسنًا</translation>
        </message>
        <message>
            <source>That passphrase is not right. Please try again.</source>
            <translation>عبارة المرور هذه غير صحيحة. يُرجى المحاولة مرة أخرى.</translation>
        </message>
        <message>
            <source>Kiosk status</source>
            <translation>حالة الكشك</translation>
        </message>
        <message>
            <source>Check the passphrase and show the kiosk's status</source>
            <translation>تحقق من عبارة المرور واعرض حالة الكشك</translation>
        </message>
        <message>
            <source>Running since %1. Resets: %2. Problems noted: %3.</source>
            <translation>يعمل منذ %1. مرات إعادة البدء: %2. المشكلات المسجّلة: %3.</translation>
        </message>
        <message>
            <source>Latest problems (the log has the details):</source>
            <translation>آخر المشكلات (التفاصيل في السجل):</translation>
        </message>
        <message>
            <source>Log file: %1</source>
            <translation>ملف السجل: %1</translation>
        </message>
        <message>
            <source>No log file: its folder cannot be written.</source>
            <translation>لا يوجد ملف سجل: تتعذّر الكتابة في مجلده.</translation>
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message>
            <source>Choose 2 to 4 treatments to see them side by side:</source>
            <translation>اختر من 2 إلى 4 علاجات لتراها جنبًا إلى جنب:</translation>
        </message>
        <message>
            <source>Treatments to compare</source>
            <translation>العلاجات المراد مقارنتها</translation>
        </message>
        <message>
            <source>Press Space to tick or untick a treatment.</source>
            <translation>اضغط على مفتاح المسافة لتحديد علاج أو إلغاء تحديده.</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>حفظ كملف PDF…</translation>
        </message>
        <message>
            <source>Save this comparison as a PDF file</source>
            <translation>احفظ هذه المقارنة كملف PDF</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>طباعة…</translation>
        </message>
        <message>
            <source>Print this comparison</source>
            <translation>اطبع هذه المقارنة</translation>
        </message>
        <message>
            <source>Clear choices</source>
            <translation>مسح الاختيارات</translation>
        </message>
        <message>
            <source>Untick all treatments</source>
            <translation>ألغِ تحديد كل العلاجات</translation>
        </message>
        <message>
            <source>Comparison table</source>
            <translation>جدول المقارنة</translation>
        </message>
        <message>
            <source>One row for each question, one column for each treatment.</source>
            <translation>صف لكل سؤال، وعمود لكل علاج.</translation>
        </message>
        <message>
            <source>You can compare up to 4 treatments. Untick one to choose another.</source>
            <translation>يمكنك مقارنة 4 علاجات على الأكثر. ألغِ تحديد علاج لتختار علاجًا آخر.</translation>
        </message>
        <message>
            <source>%1 treatments chosen.</source>
            <translation>عدد العلاجات المختارة: %1.</translation>
        </message>
        <message>
            <source>Tick at least 2 treatments.</source>
            <translation>حدد علاجين (2) على الأقل.</translation>
        </message>
        <message>
            <source>Tick at least 2 treatments in the list to see them side by side.</source>
            <translation>حدد علاجين (2) على الأقل في القائمة لتراهما جنبًا إلى جنب.</translation>
        </message>
    </context>
    <context>
        <name>ContentsTree</name>
        <message>
            <source>Contents</source>
            <translation>المحتويات</translation>
        </message>
        <message>
            <source>Every topic of the handbook. Press Enter to open one.</source>
            <translation>كل موضوعات الدليل. اضغط Enter لفتح موضوع.</translation>
        </message>
        <message>
            <source>Sections and treatments</source>
            <translation>الأقسام والعلاجات</translation>
        </message>
        <message>
            <source>Questions to ask</source>
            <translation>أسئلة تطرحها</translation>
        </message>
        <message>
            <source>Glossary</source>
            <translation>مسرد المصطلحات</translation>
        </message>
    </context>
    <context>
        <name>ErrorBanner</name>
        <message>
            <source>The handout was not printed. Nothing is lost: you can print it again.</source>
            <translation>لم تُطبع النشرة. لم يضع شيء: يمكنك طباعتها مرة أخرى.</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>رسالة</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Close this message</source>
            <translation>أغلق هذه الرسالة</translation>
        </message>
        <message>
            <source>The handout could not be made.</source>
            <translation>تعذّر إعداد النشرة.</translation>
        </message>
        <message>
            <source>Search is not working right now. You can still use the contents list.</source>
            <translation>البحث لا يعمل الآن. ما زال بإمكانك استخدام قائمة المحتويات.</translation>
        </message>
        <message>
            <source>That page could not be found.</source>
            <translation>تعذّر العثور على هذه الصفحة.</translation>
        </message>
        <message>
            <source>The file could not be saved there. Please choose another folder.</source>
            <translation>تعذّر حفظ الملف هناك. يرجى اختيار مجلد آخر.</translation>
        </message>
        <message>
            <source>The file could not be saved. Please choose another place or try again.</source>
            <translation>تعذّر حفظ الملف. يرجى اختيار مكان آخر أو المحاولة مرة أخرى.</translation>
        </message>
        <message>
            <source>Something did not work.</source>
            <translation>لم ينجح أمر ما.</translation>
        </message>
        <message>
            <source>Something went wrong. Please try again, or ask a member of staff for help.</source>
            <translation>حدث خطأ ما. يرجى المحاولة مرة أخرى، أو اطلب المساعدة من أحد الموظفين.</translation>
        </message>
        <message>
            <source>Some pages of the handbook could not be loaded, so they are missing. Everything else works. Staff can run “handbook check” to find the problem.</source>
            <translation>تعذّر تحميل بعض صفحات الدليل، لذلك هي غير موجودة. كل ما عدا ذلك يعمل. يمكن للموظفين تشغيل «handbook check» لمعرفة المشكلة.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Second language:</source>
            <translation>اللغة الثانية:</translation>
        </message>
        <message>
            <source>No second language</source>
            <translation>بدون لغة ثانية</translation>
        </message>
        <message>
            <source>Second language of the handout</source>
            <translation>اللغة الثانية للنشرة</translation>
        </message>
        <message>
            <source>Each part of the handout is printed beside its translation, for you and your care team</source>
            <translation>يُطبع كل جزء من النشرة بجانب ترجمته، لك ولفريقك الطبي</translation>
        </message>
        <message>
            <source>Preview…</source>
            <translation>معاينة…</translation>
        </message>
        <message>
            <source>See the handout's pages before printing</source>
            <translation>اعرض صفحات النشرة قبل الطباعة</translation>
        </message>
        <message>
            <source>Save or print a handout</source>
            <translation>حفظ نشرة أو طباعتها</translation>
        </message>
        <message>
            <source>Print a handout</source>
            <translation>طباعة نشرة</translation>
        </message>
        <message>
            <source>Sections to include:</source>
            <translation>الأقسام المراد تضمينها:</translation>
        </message>
        <message>
            <source>Sections to include</source>
            <translation>الأقسام المراد تضمينها</translation>
        </message>
        <message>
            <source>Press Space to tick or untick a section.</source>
            <translation>اضغط على مفتاح المسافة لتحديد قسم أو إلغاء تحديده.</translation>
        </message>
        <message>
            <source>Tick all</source>
            <translation>تحديد الكل</translation>
        </message>
        <message>
            <source>Tick all sections</source>
            <translation>حدد كل الأقسام</translation>
        </message>
        <message>
            <source>Untick all</source>
            <translation>إلغاء تحديد الكل</translation>
        </message>
        <message>
            <source>Untick all sections</source>
            <translation>ألغِ تحديد كل الأقسام</translation>
        </message>
        <message>
            <source>Add a comparison (tick 2 to 4 treatments):</source>
            <translation>أضف مقارنة (حدد من 2 إلى 4 علاجات):</translation>
        </message>
        <message>
            <source>Treatments to compare in the handout</source>
            <translation>العلاجات المراد مقارنتها في النشرة</translation>
        </message>
        <message>
            <source>Language of the handout:</source>
            <translation>لغة النشرة:</translation>
        </message>
        <message>
            <source>Language of the handout</source>
            <translation>لغة النشرة</translation>
        </message>
        <message>
            <source>Large print</source>
            <translation>خط كبير</translation>
        </message>
        <message>
            <source>Bigger text, easier to read</source>
            <translation>نص أكبر وأسهل في القراءة</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>حفظ كملف PDF…</translation>
        </message>
        <message>
            <source>Save the handout as a PDF file</source>
            <translation>احفظ النشرة كملف PDF</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>طباعة…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>طباعة</translation>
        </message>
        <message>
            <source>Print the handout</source>
            <translation>اطبع النشرة</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Close without making a handout</source>
            <translation>أغلق دون إعداد نشرة</translation>
        </message>
        <message>
            <source>For a comparison, tick 2 to 4 treatments (or none).</source>
            <translation>للمقارنة، حدد من 2 إلى 4 علاجات (أو لا تحدد أيًا منها).</translation>
        </message>
        <message>
            <source>Tick at least one section, or 2 to 4 treatments to compare.</source>
            <translation>حدد قسمًا واحدًا على الأقل، أو من 2 إلى 4 علاجات للمقارنة.</translation>
        </message>
        <message>
            <source>Ready. Choose Save as PDF or Print.</source>
            <translation>جاهز. اختر حفظ كملف PDF أو طباعة.</translation>
        </message>
        <message>
            <source>Ready. Choose Print.</source>
            <translation>جاهز. اختر طباعة.</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in page:</source>
            <translation>البحث في الصفحة:</translation>
        </message>
        <message>
            <source>Find in page</source>
            <translation>البحث في الصفحة</translation>
        </message>
        <message>
            <source>Type a word to highlight it on this page</source>
            <translation>اكتب كلمة لتمييزها في هذه الصفحة</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>السابق</translation>
        </message>
        <message>
            <source>Previous match</source>
            <translation>النتيجة السابقة</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>التالي</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>النتيجة التالية</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Close find in page</source>
            <translation>أغلق البحث في الصفحة</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>لم يُعثر عليها</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 من %2</translation>
        </message>
        <message>
            <source>Clear the word to find</source>
            <translation>امسح الكلمة التي تبحث عنها</translation>
        </message>
    </context>
    <context>
        <name>GlossaryPopup</name>
        <message>
            <source>Meaning of a word</source>
            <translation>معنى كلمة</translation>
        </message>
        <message>
            <source>Open in the glossary</source>
            <translation>فتح في مسرد المصطلحات</translation>
        </message>
        <message>
            <source>Open this word in the glossary</source>
            <translation>افتح هذه الكلمة في مسرد المصطلحات</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Close the meaning</source>
            <translation>أغلق المعنى</translation>
        </message>
    </context>
    <context>
        <name>Kiosk</name>
        <message>
            <source>Print</source>
            <translation>طباعة</translation>
        </message>
        <message>
            <source>Print a handout</source>
            <translation>طباعة نشرة</translation>
        </message>
        <message>
            <source>Choose pages to print and take with you</source>
            <translation>اختر الصفحات التي تريد طباعتها وأخذها معك</translation>
        </message>
    </context>
    <context>
        <name>KioskHandouts</name>
        <message>
            <source>Your handout was not printed. Please ask the front desk.</source>
            <translation>لم تُطبع نشرتك. يُرجى السؤال في مكتب الاستقبال.</translation>
        </message>
        <message>
            <source>The printer is not available. Please ask the front desk.</source>
            <translation>الطابعة غير متاحة. يُرجى السؤال في مكتب الاستقبال.</translation>
        </message>
        <message>
            <source>Your handout was sent. Please ask the front desk for it.</source>
            <translation>أُرسلت نشرتك. يُرجى طلبها من مكتب الاستقبال.</translation>
        </message>
        <message>
            <source>Your handout is printing. Please collect it from the printer.</source>
            <translation>تجري طباعة نشرتك. يُرجى أخذها من الطابعة.</translation>
        </message>
    </context>
    <context>
        <name>LanguageBar</name>
        <message>
            <source>Show the handbook in this language</source>
            <translation>اعرض الدليل بهذه اللغة</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>المسؤول</translation>
        </message>
        <message>
            <source>Staff only: leave kiosk mode</source>
            <translation>للموظفين فقط: الخروج من وضع الكشك</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>My questions</source>
            <translation>أسئلتي</translation>
        </message>
        <message>
            <source>See, add and print the questions you want to ask</source>
            <translation>اعرض الأسئلة التي تريد طرحها وأضف إليها واطبعها</translation>
        </message>
        <message>
            <source>Your sheet is full: remove a question in My questions first.</source>
            <translation>ورقة أسئلتك ممتلئة: أزل سؤالًا من «أسئلتي» أولًا.</translation>
        </message>
        <message>
            <source>&amp;About Handbook</source>
            <translation>حول الدليل</translation>
        </message>
        <message>
            <source>Version, and whether a translation is missing</source>
            <translation>الإصدار، وما إذا كانت هناك ترجمة ناقصة</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>رجوع</translation>
        </message>
        <message>
            <source>Go back to the page before</source>
            <translation>ارجع إلى الصفحة السابقة</translation>
        </message>
        <message>
            <source>H&amp;ome</source>
            <translation>الصفحة الرئيسية</translation>
        </message>
        <message>
            <source>Go to the start page</source>
            <translation>انتقل إلى صفحة البداية</translation>
        </message>
        <message>
            <source>&amp;Compare treatments</source>
            <translation>مقارنة العلاجات</translation>
        </message>
        <message>
            <source>See treatments side by side</source>
            <translation>اعرض العلاجات جنبًا إلى جنب</translation>
        </message>
        <message>
            <source>&amp;Save or print…</source>
            <translation>حفظ أو طباعة…</translation>
        </message>
        <message>
            <source>Save or print a handout</source>
            <translation>حفظ نشرة أو طباعتها</translation>
        </message>
        <message>
            <source>&amp;Find in page</source>
            <translation>البحث في الصفحة</translation>
        </message>
        <message>
            <source>Find a word on this page</source>
            <translation>ابحث عن كلمة في هذه الصفحة</translation>
        </message>
        <message>
            <source>Go to s&amp;earch</source>
            <translation>انتقل إلى البحث</translation>
        </message>
        <message>
            <source>Move to the search box</source>
            <translation>انتقل إلى مربع البحث</translation>
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation>تكبير النص</translation>
        </message>
        <message>
            <source>Make the text larger</source>
            <translation>اجعل النص أكبر</translation>
        </message>
        <message>
            <source>S&amp;maller text</source>
            <translation>تصغير النص</translation>
        </message>
        <message>
            <source>Make the text smaller</source>
            <translation>اجعل النص أصغر</translation>
        </message>
        <message>
            <source>&amp;Normal text size</source>
            <translation>حجم النص العادي</translation>
        </message>
        <message>
            <source>Go back to the normal text size</source>
            <translation>ارجع إلى حجم النص العادي</translation>
        </message>
        <message>
            <source>High con&amp;trast</source>
            <translation>تباين عالٍ</translation>
        </message>
        <message>
            <source>Switch between calm colours and high contrast</source>
            <translation>بدّل بين الألوان الهادئة والتباين العالي</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>خروج</translation>
        </message>
        <message>
            <source>Close the handbook</source>
            <translation>أغلق الدليل</translation>
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
            <translation>الدليل</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>العرض</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>شريط القوائم</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>اللغة:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>The language of the handbook and its buttons</source>
            <translation>لغة الدليل وأزراره</translation>
        </message>
        <message>
            <source>Contents and page</source>
            <translation>المحتويات والصفحة</translation>
        </message>
        <message>
            <source>Making your handout…</source>
            <translation>جارٍ إعداد نشرتك…</translation>
        </message>
        <message>
            <source>Working, please wait</source>
            <translation>جارٍ العمل، يرجى الانتظار</translation>
        </message>
        <message>
            <source>Patient handbook</source>
            <translation>دليل المريض</translation>
        </message>
        <message>
            <source>Text size: %1%</source>
            <translation>حجم النص: %1%</translation>
        </message>
        <message>
            <source>Save the handout</source>
            <translation>احفظ النشرة</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>ملفات PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>تم الحفظ: %1</translation>
        </message>
        <message>
            <source>The handout was sent to the printer.</source>
            <translation>أُرسلت النشرة إلى الطابعة.</translation>
        </message>
    </context>
    <context>
        <name>Reader</name>
        <message>
            <source>Tick or untick this question for your sheet of questions (My questions)</source>
            <translation>ضع علامة على هذا السؤال أو أزلها، ليُضاف إلى ورقة أسئلتك («أسئلتي») أو يُزال منها</translation>
        </message>
        <message>
            <source>Page text</source>
            <translation>نص الصفحة</translation>
        </message>
        <message>
            <source>Underlined words have a short explanation: select them to read it.</source>
            <translation>للكلمات التي تحتها خط شرح قصير: اخترها لقراءته.</translation>
        </message>
        <message>
            <source>Sections and treatments</source>
            <translation>الأقسام والعلاجات</translation>
        </message>
        <message>
            <source>Questions to ask your care team</source>
            <translation>أسئلة تطرحها على فريقك الطبي</translation>
        </message>
        <message>
            <source>Choose a topic below or in the contents list, or type in the search box. Underlined words have a short explanation: select them to read it.</source>
            <translation>اختر موضوعًا أدناه أو من قائمة المحتويات، أو اكتب في مربع البحث. للكلمات التي تحتها خط شرح قصير: اخترها لقراءته.</translation>
        </message>
    </context>
    <context>
        <name>SearchClearButton</name>
        <message>
            <source>Clear the search</source>
            <translation>امسح البحث</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Search, for example: bone pain</source>
            <translation>ابحث، مثلًا: ألم العظام</translation>
        </message>
        <message>
            <source>Search the handbook</source>
            <translation>ابحث في الدليل</translation>
        </message>
        <message>
            <source>Results appear as you type. Press Down to move to the results, Enter to open the best one.</source>
            <translation>تظهر النتائج أثناء الكتابة. اضغط السهم لأسفل للانتقال إلى النتائج، أو Enter لفتح أفضلها.</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>نتائج البحث</translation>
        </message>
        <message>
            <source>Press Enter to open a result.</source>
            <translation>اضغط Enter لفتح نتيجة.</translation>
        </message>
        <message>
            <source>Search for the suggested word instead</source>
            <translation>ابحث عن الكلمة المقترحة بدلًا من ذلك</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>قسم</translation>
        </message>
        <message>
            <source>Treatment</source>
            <translation>علاج</translation>
        </message>
        <message>
            <source>Glossary term</source>
            <translation>مصطلح</translation>
        </message>
        <message>
            <source>Questions to ask</source>
            <translation>أسئلة تطرحها</translation>
        </message>
        <message>
            <source>Results for “%1”: %2</source>
            <translation>نتائج «%1»: %2</translation>
        </message>
        <message>
            <source>Nothing found for “%1”.</source>
            <translation>لم يُعثر على شيء لـ«%1».</translation>
        </message>
        <message>
            <source>Did you mean: %1?</source>
            <translation>هل تقصد: %1؟</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>الموضوعات</translation>
        </message>
        <message>
            <source>Words explained</source>
            <translation>شرح الكلمات</translation>
        </message>
        <message>
            <source>Who can help</source>
            <translation>من يمكنه مساعدتك</translation>
        </message>
        <message>
            <source>This handbook does not cover “%1”. Your care team can help.</source>
            <translation>لا يتناول هذا الدليل «%1». يمكن لفريقك الطبي أن يساعدك.</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>امسح البحث</translation>
        </message>
    </context>
    <context>
        <name>StillThereOverlay</name>
        <message>
            <source>Are you still there?</source>
            <translation>هل ما زلت هنا؟</translation>
        </message>
        <message>
            <source>I'm still here</source>
            <translation>ما زلت هنا</translation>
        </message>
        <message>
            <source>I'm still here: keep reading</source>
            <translation>ما زلت هنا: متابعة القراءة</translation>
        </message>
        <message numerus="yes">
            <source>For your privacy, the handbook will start over in %n second(s). Touch the screen to keep reading.</source>
            <translation>
                <numerusform>حفاظًا على خصوصيتك، سيبدأ الدليل من جديد بعد قليل (الثواني المتبقية: %n). المس الشاشة لمتابعة القراءة.</numerusform>
                <numerusform>حفاظًا على خصوصيتك، سيبدأ الدليل من جديد بعد قليل (الثواني المتبقية: %n). المس الشاشة لمتابعة القراءة.</numerusform>
                <numerusform>حفاظًا على خصوصيتك، سيبدأ الدليل من جديد بعد قليل (الثواني المتبقية: %n). المس الشاشة لمتابعة القراءة.</numerusform>
                <numerusform>حفاظًا على خصوصيتك، سيبدأ الدليل من جديد بعد قليل (الثواني المتبقية: %n). المس الشاشة لمتابعة القراءة.</numerusform>
                <numerusform>حفاظًا على خصوصيتك، سيبدأ الدليل من جديد بعد قليل (الثواني المتبقية: %n). المس الشاشة لمتابعة القراءة.</numerusform>
                <numerusform>حفاظًا على خصوصيتك، سيبدأ الدليل من جديد بعد قليل (الثواني المتبقية: %n). المس الشاشة لمتابعة القراءة.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrintFollower</name>
        <message>
            <source>The printer %1 is paused. The handout waits in its queue and prints when it is started again.</source>
            <translation>الطابعة %1 متوقفة مؤقتًا. تنتظر النشرة في قائمة الطباعة، وستُطبع عندما تعود الطابعة إلى العمل.</translation>
        </message>
        <message>
            <source>The handout was printed.</source>
            <translation>طُبعت النشرة.</translation>
        </message>
        <message>
            <source>The print job was cancelled before the handout was printed. You can print it again.</source>
            <translation>أُلغيت مهمة الطباعة قبل طباعة النشرة. يمكنك طباعتها مرة أخرى.</translation>
        </message>
    </context>
    <context>
        <name>About</name>
        <message>
            <source>About Handbook</source>
            <translation>حول الدليل</translation>
        </message>
        <message>
            <source>Handbook %1</source>
            <translation>الدليل %1</translation>
        </message>
        <message>
            <source>Prostate cancer that has spread to the bones: a plain-language guide that works offline.</source>
            <translation>سرطان البروستاتا الذي انتشر إلى العظام: دليل بلغة بسيطة يعمل دون اتصال بالإنترنت.</translation>
        </message>
        <message>
            <source>The translation of the buttons and menus into %1 is missing, so they show in English.</source>
            <translation>ترجمة الأزرار والقوائم إلى %1 غير موجودة، لذلك تظهر باللغة الإنجليزية.</translation>
        </message>
    </context>
    <context>
        <name>MyQuestionsDialog</name>
        <message>
            <source>My questions</source>
            <translation>أسئلتي</translation>
        </message>
        <message>
            <source>Tick questions on the question pages, or write your own here. Print them and take them to your visit: there is room to write the answers.</source>
            <translation>ضع علامة على الأسئلة في صفحات الأسئلة، أو اكتب أسئلتك هنا. اطبعها وخذها معك إلى موعدك: فيها مكان لكتابة الإجابات.</translation>
        </message>
        <message>
            <source>Your questions:</source>
            <translation>أسئلتك:</translation>
        </message>
        <message>
            <source>Your questions</source>
            <translation>أسئلتك</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <source>Remove the chosen question</source>
            <translation>أزل السؤال المختار</translation>
        </message>
        <message>
            <source>Clear all</source>
            <translation>مسح الكل</translation>
        </message>
        <message>
            <source>Remove all your questions</source>
            <translation>أزل كل أسئلتك</translation>
        </message>
        <message>
            <source>Write a question of your own:</source>
            <translation>اكتب سؤالك الخاص:</translation>
        </message>
        <message>
            <source>A question of your own</source>
            <translation>سؤالك الخاص</translation>
        </message>
        <message>
            <source>For example: Can I still travel?</source>
            <translation>مثلًا: هل ما زال بإمكاني السفر؟</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>إضافة</translation>
        </message>
        <message>
            <source>Add your question to the list</source>
            <translation>أضف سؤالك إلى القائمة</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>حفظ كملف PDF…</translation>
        </message>
        <message>
            <source>Save your questions as a PDF file</source>
            <translation>احفظ أسئلتك في ملف PDF</translation>
        </message>
        <message>
            <source>Print my questions</source>
            <translation>طباعة أسئلتي</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Close my questions</source>
            <translation>أغلق «أسئلتي»</translation>
        </message>
        <message>
            <source>My own questions</source>
            <translation>أسئلتي الخاصة</translation>
        </message>
        <message>
            <source>No questions yet: tick some on the question pages, or write your own.</source>
            <translation>لا توجد أسئلة بعد: ضع علامة على بعضها في صفحات الأسئلة، أو اكتب أسئلتك.</translation>
        </message>
        <message>
            <source>The sheet is full: remove a question to add another.</source>
            <translation>الورقة ممتلئة: أزل سؤالًا لتضيف غيره.</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) on your sheet.</source>
            <translation>
                <numerusform>عدد الأسئلة في ورقتك: %n.</numerusform>
                <numerusform>عدد الأسئلة في ورقتك: %n.</numerusform>
                <numerusform>عدد الأسئلة في ورقتك: %n.</numerusform>
                <numerusform>عدد الأسئلة في ورقتك: %n.</numerusform>
                <numerusform>عدد الأسئلة في ورقتك: %n.</numerusform>
                <numerusform>عدد الأسئلة في ورقتك: %n.</numerusform>
            </translation>
        </message>
    </context>
</TS>
