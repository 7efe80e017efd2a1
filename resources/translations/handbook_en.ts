<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AdminDialog</name>
        <message>
            <source>Leave kiosk mode</source>
            <translation>Leave kiosk mode</translation>
        </message>
        <message>
            <source>Staff only. Type the admin passphrase to close the handbook.</source>
            <translation>Staff only. Type the admin passphrase to close the handbook.</translation>
        </message>
        <message>
            <source>No admin passphrase is set, so kiosk mode cannot be left from here. To set one, run this command on this computer, then start the handbook again:
%1</source>
            <translation>No admin passphrase is set, so kiosk mode cannot be left from here. To set one, run this command on this computer, then start the handbook again:
%1</translation>
        </message>
        <message>
            <source>Admin passphrase</source>
            <translation>Admin passphrase</translation>
        </message>
        <message>
            <source>Close the handbook</source>
            <translation>Close the handbook</translation>
        </message>
        <message>
            <source>Check the passphrase and close the handbook</source>
            <translation>Check the passphrase and close the handbook</translation>
        </message>
        <message>
            <source>Back to the handbook</source>
            <translation>Back to the handbook</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>That passphrase is not right. Please try again.</source>
            <translation>That passphrase is not right. Please try again.</translation>
        </message>
        <message>
            <source>Kiosk status</source>
            <translation>Kiosk status</translation>
        </message>
        <message>
            <source>Check the passphrase and show the kiosk's status</source>
            <translation>Check the passphrase and show the kiosk's status</translation>
        </message>
        <message>
            <source>Running since %1. Resets: %2. Problems noted: %3.</source>
            <translation>Running since %1. Resets: %2. Problems noted: %3.</translation>
        </message>
        <message>
            <source>Latest problems (the log has the details):</source>
            <translation>Latest problems (the log has the details):</translation>
        </message>
        <message>
            <source>Log file: %1</source>
            <translation>Log file: %1</translation>
        </message>
        <message>
            <source>No log file: its folder cannot be written.</source>
            <translation>No log file: its folder cannot be written.</translation>
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message>
            <source>Choose 2 to 4 treatments to see them side by side:</source>
            <translation>Choose 2 to 4 treatments to see them side by side:</translation>
        </message>
        <message>
            <source>Treatments to compare</source>
            <translation>Treatments to compare</translation>
        </message>
        <message>
            <source>Press Space to tick or untick a treatment.</source>
            <translation>Press Space to tick or untick a treatment.</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <source>Save this comparison as a PDF file</source>
            <translation>Save this comparison as a PDF file</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Print this comparison</source>
            <translation>Print this comparison</translation>
        </message>
        <message>
            <source>Clear choices</source>
            <translation>Clear choices</translation>
        </message>
        <message>
            <source>Untick all treatments</source>
            <translation>Untick all treatments</translation>
        </message>
        <message>
            <source>Comparison table</source>
            <translation>Comparison table</translation>
        </message>
        <message>
            <source>One row for each question, one column for each treatment.</source>
            <translation>One row for each question, one column for each treatment.</translation>
        </message>
        <message>
            <source>You can compare up to 4 treatments. Untick one to choose another.</source>
            <translation>You can compare up to 4 treatments. Untick one to choose another.</translation>
        </message>
        <message>
            <source>%1 treatments chosen.</source>
            <translation>%1 treatments chosen.</translation>
        </message>
        <message>
            <source>Tick at least 2 treatments.</source>
            <translation>Tick at least 2 treatments.</translation>
        </message>
        <message>
            <source>Tick at least 2 treatments in the list to see them side by side.</source>
            <translation>Tick at least 2 treatments in the list to see them side by side.</translation>
        </message>
    </context>
    <context>
        <name>ContentsTree</name>
        <message>
            <source>Contents</source>
            <translation>Contents</translation>
        </message>
        <message>
            <source>Every topic of the handbook. Press Enter to open one.</source>
            <translation>Every topic of the handbook. Press Enter to open one.</translation>
        </message>
        <message>
            <source>Sections and treatments</source>
            <translation>Sections and treatments</translation>
        </message>
        <message>
            <source>Questions to ask</source>
            <translation>Questions to ask</translation>
        </message>
        <message>
            <source>Glossary</source>
            <translation>Glossary</translation>
        </message>
    </context>
    <context>
        <name>ErrorBanner</name>
        <message>
            <source>The handout was not printed. Nothing is lost: you can print it again.</source>
            <translation>The handout was not printed. Nothing is lost: you can print it again.</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Close this message</source>
            <translation>Close this message</translation>
        </message>
        <message>
            <source>The handout could not be made.</source>
            <translation>The handout could not be made.</translation>
        </message>
        <message>
            <source>Search is not working right now. You can still use the contents list.</source>
            <translation>Search is not working right now. You can still use the contents list.</translation>
        </message>
        <message>
            <source>That page could not be found.</source>
            <translation>That page could not be found.</translation>
        </message>
        <message>
            <source>The file could not be saved there. Please choose another folder.</source>
            <translation>The file could not be saved there. Please choose another folder.</translation>
        </message>
        <message>
            <source>The file could not be saved. Please choose another place or try again.</source>
            <translation>The file could not be saved. Please choose another place or try again.</translation>
        </message>
        <message>
            <source>Something did not work.</source>
            <translation>Something did not work.</translation>
        </message>
        <message>
            <source>Something went wrong. Please try again, or ask a member of staff for help.</source>
            <translation>Something went wrong. Please try again, or ask a member of staff for help.</translation>
        </message>
        <message>
            <source>Some pages of the handbook could not be loaded, so they are missing. Everything else works. Staff can run “handbook check” to find the problem.</source>
            <translation>Some pages of the handbook could not be loaded, so they are missing. Everything else works. Staff can run “handbook check” to find the problem.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Second language:</source>
            <translation>Second language:</translation>
        </message>
        <message>
            <source>No second language</source>
            <translation>No second language</translation>
        </message>
        <message>
            <source>Second language of the handout</source>
            <translation>Second language of the handout</translation>
        </message>
        <message>
            <source>Each part of the handout is printed beside its translation, for you and your care team</source>
            <translation>Each part of the handout is printed beside its translation, for you and your care team</translation>
        </message>
        <message>
            <source>Preview…</source>
            <translation>Preview…</translation>
        </message>
        <message>
            <source>See the handout's pages before printing</source>
            <translation>See the handout's pages before printing</translation>
        </message>
        <message>
            <source>Save or print a handout</source>
            <translation>Save or print a handout</translation>
        </message>
        <message>
            <source>Print a handout</source>
            <translation>Print a handout</translation>
        </message>
        <message>
            <source>Sections to include:</source>
            <translation>Sections to include:</translation>
        </message>
        <message>
            <source>Sections to include</source>
            <translation>Sections to include</translation>
        </message>
        <message>
            <source>Press Space to tick or untick a section.</source>
            <translation>Press Space to tick or untick a section.</translation>
        </message>
        <message>
            <source>Tick all</source>
            <translation>Tick all</translation>
        </message>
        <message>
            <source>Tick all sections</source>
            <translation>Tick all sections</translation>
        </message>
        <message>
            <source>Untick all</source>
            <translation>Untick all</translation>
        </message>
        <message>
            <source>Untick all sections</source>
            <translation>Untick all sections</translation>
        </message>
        <message>
            <source>Add a comparison (tick 2 to 4 treatments):</source>
            <translation>Add a comparison (tick 2 to 4 treatments):</translation>
        </message>
        <message>
            <source>Treatments to compare in the handout</source>
            <translation>Treatments to compare in the handout</translation>
        </message>
        <message>
            <source>Language of the handout:</source>
            <translation>Language of the handout:</translation>
        </message>
        <message>
            <source>Language of the handout</source>
            <translation>Language of the handout</translation>
        </message>
        <message>
            <source>Large print</source>
            <translation>Large print</translation>
        </message>
        <message>
            <source>Bigger text, easier to read</source>
            <translation>Bigger text, easier to read</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <source>Save the handout as a PDF file</source>
            <translation>Save the handout as a PDF file</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Print the handout</source>
            <translation>Print the handout</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Close without making a handout</source>
            <translation>Close without making a handout</translation>
        </message>
        <message>
            <source>For a comparison, tick 2 to 4 treatments (or none).</source>
            <translation>For a comparison, tick 2 to 4 treatments (or none).</translation>
        </message>
        <message>
            <source>Tick at least one section, or 2 to 4 treatments to compare.</source>
            <translation>Tick at least one section, or 2 to 4 treatments to compare.</translation>
        </message>
        <message>
            <source>Ready. Choose Save as PDF or Print.</source>
            <translation>Ready. Choose Save as PDF or Print.</translation>
        </message>
        <message>
            <source>Ready. Choose Print.</source>
            <translation>Ready. Choose Print.</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in page:</source>
            <translation>Find in page:</translation>
        </message>
        <message>
            <source>Find in page</source>
            <translation>Find in page</translation>
        </message>
        <message>
            <source>Type a word to highlight it on this page</source>
            <translation>Type a word to highlight it on this page</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Previous</translation>
        </message>
        <message>
            <source>Previous match</source>
            <translation>Previous match</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>Next match</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Close find in page</source>
            <translation>Close find in page</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Not found</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message>
            <source>Clear the word to find</source>
            <translation>Clear the word to find</translation>
        </message>
    </context>
    <context>
        <name>GlossaryPopup</name>
        <message>
            <source>Meaning of a word</source>
            <translation>Meaning of a word</translation>
        </message>
        <message>
            <source>Open in the glossary</source>
            <translation>Open in the glossary</translation>
        </message>
        <message>
            <source>Open this word in the glossary</source>
            <translation>Open this word in the glossary</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Close the meaning</source>
            <translation>Close the meaning</translation>
        </message>
    </context>
    <context>
        <name>Kiosk</name>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Print a handout</source>
            <translation>Print a handout</translation>
        </message>
        <message>
            <source>Choose pages to print and take with you</source>
            <translation>Choose pages to print and take with you</translation>
        </message>
    </context>
    <context>
        <name>KioskHandouts</name>
        <message>
            <source>Your handout was not printed. Please ask the front desk.</source>
            <translation>Your handout was not printed. Please ask the front desk.</translation>
        </message>
        <message>
            <source>The printer is not available. Please ask the front desk.</source>
            <translation>The printer is not available. Please ask the front desk.</translation>
        </message>
        <message>
            <source>Your handout was sent. Please ask the front desk for it.</source>
            <translation>Your handout was sent. Please ask the front desk for it.</translation>
        </message>
        <message>
            <source>Your handout is printing. Please collect it from the printer.</source>
            <translation>Your handout is printing. Please collect it from the printer.</translation>
        </message>
    </context>
    <context>
        <name>LanguageBar</name>
        <message>
            <source>Show the handbook in this language</source>
            <translation>Show the handbook in this language</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>Admin</translation>
        </message>
        <message>
            <source>Staff only: leave kiosk mode</source>
            <translation>Staff only: leave kiosk mode</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>My questions</source>
            <translation>My questions</translation>
        </message>
        <message>
            <source>See, add and print the questions you want to ask</source>
            <translation>See, add and print the questions you want to ask</translation>
        </message>
        <message>
            <source>Your sheet is full: remove a question in My questions first.</source>
            <translation>Your sheet is full: remove a question in My questions first.</translation>
        </message>
        <message>
            <source>&amp;About Handbook</source>
            <translation>&amp;About Handbook</translation>
        </message>
        <message>
            <source>Version, and whether a translation is missing</source>
            <translation>Version, and whether a translation is missing</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Back</translation>
        </message>
        <message>
            <source>Go back to the page before</source>
            <translation>Go back to the page before</translation>
        </message>
        <message>
            <source>H&amp;ome</source>
            <translation>H&amp;ome</translation>
        </message>
        <message>
            <source>Go to the start page</source>
            <translation>Go to the start page</translation>
        </message>
        <message>
            <source>&amp;Compare treatments</source>
            <translation>&amp;Compare treatments</translation>
        </message>
        <message>
            <source>See treatments side by side</source>
            <translation>See treatments side by side</translation>
        </message>
        <message>
            <source>&amp;Save or print…</source>
            <translation>&amp;Save or print…</translation>
        </message>
        <message>
            <source>Save or print a handout</source>
            <translation>Save or print a handout</translation>
        </message>
        <message>
            <source>&amp;Find in page</source>
            <translation>&amp;Find in page</translation>
        </message>
        <message>
            <source>Find a word on this page</source>
            <translation>Find a word on this page</translation>
        </message>
        <message>
            <source>Go to s&amp;earch</source>
            <translation>Go to s&amp;earch</translation>
        </message>
        <message>
            <source>Move to the search box</source>
            <translation>Move to the search box</translation>
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation>&amp;Larger text</translation>
        </message>
        <message>
            <source>Make the text larger</source>
            <translation>Make the text larger</translation>
        </message>
        <message>
            <source>S&amp;maller text</source>
            <translation>S&amp;maller text</translation>
        </message>
        <message>
            <source>Make the text smaller</source>
            <translation>Make the text smaller</translation>
        </message>
        <message>
            <source>&amp;Normal text size</source>
            <translation>&amp;Normal text size</translation>
        </message>
        <message>
            <source>Go back to the normal text size</source>
            <translation>Go back to the normal text size</translation>
        </message>
        <message>
            <source>High con&amp;trast</source>
            <translation>High con&amp;trast</translation>
        </message>
        <message>
            <source>Switch between calm colours and high contrast</source>
            <translation>Switch between calm colours and high contrast</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>Close the handbook</source>
            <translation>Close the handbook</translation>
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
            <translation>&amp;Handbook</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>Menu bar</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Language:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>The language of the handbook and its buttons</source>
            <translation>The language of the handbook and its buttons</translation>
        </message>
        <message>
            <source>Contents and page</source>
            <translation>Contents and page</translation>
        </message>
        <message>
            <source>Making your handout…</source>
            <translation>Making your handout…</translation>
        </message>
        <message>
            <source>Working, please wait</source>
            <translation>Working, please wait</translation>
        </message>
        <message>
            <source>Patient handbook</source>
            <translation>Patient handbook</translation>
        </message>
        <message>
            <source>Text size: %1%</source>
            <translation>Text size: %1%</translation>
        </message>
        <message>
            <source>Save the handout</source>
            <translation>Save the handout</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Saved: %1</translation>
        </message>
        <message>
            <source>The handout was sent to the printer.</source>
            <translation>The handout was sent to the printer.</translation>
        </message>
    </context>
    <context>
        <name>Reader</name>
        <message>
            <source>Tick or untick this question for your sheet of questions (My questions)</source>
            <translation>Tick or untick this question for your sheet of questions (My questions)</translation>
        </message>
        <message>
            <source>Page text</source>
            <translation>Page text</translation>
        </message>
        <message>
            <source>Underlined words have a short explanation: select them to read it.</source>
            <translation>Underlined words have a short explanation: select them to read it.</translation>
        </message>
        <message>
            <source>Sections and treatments</source>
            <translation>Sections and treatments</translation>
        </message>
        <message>
            <source>Questions to ask your care team</source>
            <translation>Questions to ask your care team</translation>
        </message>
        <message>
            <source>Choose a topic below or in the contents list, or type in the search box. Underlined words have a short explanation: select them to read it.</source>
            <translation>Choose a topic below or in the contents list, or type in the search box. Underlined words have a short explanation: select them to read it.</translation>
        </message>
    </context>
    <context>
        <name>SearchClearButton</name>
        <message>
            <source>Clear the search</source>
            <translation>Clear the search</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Search, for example: bone pain</source>
            <translation>Search, for example: bone pain</translation>
        </message>
        <message>
            <source>Search the handbook</source>
            <translation>Search the handbook</translation>
        </message>
        <message>
            <source>Results appear as you type. Press Down to move to the results, Enter to open the best one.</source>
            <translation>Results appear as you type. Press Down to move to the results, Enter to open the best one.</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Search results</translation>
        </message>
        <message>
            <source>Press Enter to open a result.</source>
            <translation>Press Enter to open a result.</translation>
        </message>
        <message>
            <source>Search for the suggested word instead</source>
            <translation>Search for the suggested word instead</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Section</translation>
        </message>
        <message>
            <source>Treatment</source>
            <translation>Treatment</translation>
        </message>
        <message>
            <source>Glossary term</source>
            <translation>Glossary term</translation>
        </message>
        <message>
            <source>Questions to ask</source>
            <translation>Questions to ask</translation>
        </message>
        <message>
            <source>Results for “%1”: %2</source>
            <translation>Results for “%1”: %2</translation>
        </message>
        <message>
            <source>Nothing found for “%1”.</source>
            <translation>Nothing found for “%1”.</translation>
        </message>
        <message>
            <source>Did you mean: %1?</source>
            <translation>Did you mean: %1?</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Topics</translation>
        </message>
        <message>
            <source>Words explained</source>
            <translation>Words explained</translation>
        </message>
        <message>
            <source>Who can help</source>
            <translation>Who can help</translation>
        </message>
        <message>
            <source>This handbook does not cover “%1”. Your care team can help.</source>
            <translation>This handbook does not cover “%1”. Your care team can help.</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Clear the search</translation>
        </message>
    </context>
    <context>
        <name>StillThereOverlay</name>
        <message>
            <source>Are you still there?</source>
            <translation>Are you still there?</translation>
        </message>
        <message>
            <source>I'm still here</source>
            <translation>I'm still here</translation>
        </message>
        <message>
            <source>I'm still here: keep reading</source>
            <translation>I'm still here: keep reading</translation>
        </message>
        <message numerus="yes">
            <source>For your privacy, the handbook will start over in %n second(s). Touch the screen to keep reading.</source>
            <translation>
                <numerusform>For your privacy, the handbook will start over in %n second. Touch the screen to keep reading.</numerusform>
                <numerusform>For your privacy, the handbook will start over in %n seconds. Touch the screen to keep reading.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrintFollower</name>
        <message>
            <source>The printer %1 is paused. The handout waits in its queue and prints when it is started again.</source>
            <translation>The printer %1 is paused. The handout waits in its queue and prints when it is started again.</translation>
        </message>
        <message>
            <source>The handout was printed.</source>
            <translation>The handout was printed.</translation>
        </message>
        <message>
            <source>The print job was cancelled before the handout was printed. You can print it again.</source>
            <translation>The print job was cancelled before the handout was printed. You can print it again.</translation>
        </message>
    </context>
    <context>
        <name>About</name>
        <message>
            <source>About Handbook</source>
            <translation>About Handbook</translation>
        </message>
        <message>
            <source>Handbook %1</source>
            <translation>Handbook %1</translation>
        </message>
        <message>
            <source>Prostate cancer that has spread to the bones: a plain-language guide that works offline.</source>
            <translation>Prostate cancer that has spread to the bones: a plain-language guide that works offline.</translation>
        </message>
        <message>
            <source>The translation of the buttons and menus into %1 is missing, so they show in English.</source>
            <translation>The translation of the buttons and menus into %1 is missing, so they show in English.</translation>
        </message>
    </context>
    <context>
        <name>MyQuestionsDialog</name>
        <message>
            <source>My questions</source>
            <translation>My questions</translation>
        </message>
        <message>
            <source>Tick questions on the question pages, or write your own here. Print them and take them to your visit: there is room to write the answers.</source>
            <translation>Tick questions on the question pages, or write your own here. Print them and take them to your visit: there is room to write the answers.</translation>
        </message>
        <message>
            <source>Your questions:</source>
            <translation>Your questions:</translation>
        </message>
        <message>
            <source>Your questions</source>
            <translation>Your questions</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Remove the chosen question</source>
            <translation>Remove the chosen question</translation>
        </message>
        <message>
            <source>Clear all</source>
            <translation>Clear all</translation>
        </message>
        <message>
            <source>Remove all your questions</source>
            <translation>Remove all your questions</translation>
        </message>
        <message>
            <source>Write a question of your own:</source>
            <translation>Write a question of your own:</translation>
        </message>
        <message>
            <source>A question of your own</source>
            <translation>A question of your own</translation>
        </message>
        <message>
            <source>For example: Can I still travel?</source>
            <translation>For example: Can I still travel?</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Add your question to the list</source>
            <translation>Add your question to the list</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <source>Save your questions as a PDF file</source>
            <translation>Save your questions as a PDF file</translation>
        </message>
        <message>
            <source>Print my questions</source>
            <translation>Print my questions</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Close my questions</source>
            <translation>Close my questions</translation>
        </message>
        <message>
            <source>My own questions</source>
            <translation>My own questions</translation>
        </message>
        <message>
            <source>No questions yet: tick some on the question pages, or write your own.</source>
            <translation>No questions yet: tick some on the question pages, or write your own.</translation>
        </message>
        <message>
            <source>The sheet is full: remove a question to add another.</source>
            <translation>The sheet is full: remove a question to add another.</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) on your sheet.</source>
            <translation>
                <numerusform>%n question on your sheet.</numerusform>
                <numerusform>%n questions on your sheet.</numerusform>
            </translation>
        </message>
    </context>
</TS>
