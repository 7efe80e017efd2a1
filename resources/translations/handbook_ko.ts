<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
    <context>
        <name>AdminDialog</name>
        <message>
            <source>Leave kiosk mode</source>
            <translation>키오스크 모드 나가기</translation>
        </message>
        <message>
            <source>Staff only. Type the admin passphrase to close the handbook.</source>
            <translation>직원 전용입니다. 안내서를 닫으려면 관리자 암호를 입력하십시오.</translation>
        </message>
        <message>
            <source>No admin passphrase is set, so kiosk mode cannot be left from here. To set one, run this command on this computer, then start the handbook again:
%1</source>
            <translation>관리자 암호가 설정되어 있지 않아 여기에서는 키오스크 모드를 나갈 수 없습니다. 설정하려면 이 컴퓨터에서 다음 명령을 실행한 뒤 안내서를 다시 시작하십시오:
%1</translation>
        </message>
        <message>
            <source>Admin passphrase</source>
            <translation>관리자 암호</translation>
        </message>
        <message>
            <source>Close the handbook</source>
            <translation>안내서 닫기</translation>
        </message>
        <message>
            <source>Check the passphrase and close the handbook</source>
            <translation>암호를 확인하고 안내서 닫기</translation>
        </message>
        <message>
            <source>Back to the handbook</source>
            <translation>안내서로 돌아가기</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>확인</translation>
        </message>
        <message>
            <source>That passphrase is not right. Please try again.</source>
            <translation>암호가 맞지 않습니다. 다시 시도해 주십시오.</translation>
        </message>
        <message>
            <source>Kiosk status</source>
            <translation>키오스크 상태</translation>
        </message>
        <message>
            <source>Check the passphrase and show the kiosk's status</source>
            <translation>암호를 확인하고 키오스크 상태 보기</translation>
        </message>
        <message>
            <source>Running since %1. Resets: %2. Problems noted: %3.</source>
            <translation>%1부터 실행 중. 초기화 횟수: %2. 기록된 문제: %3.</translation>
        </message>
        <message>
            <source>Latest problems (the log has the details):</source>
            <translation>최근 문제 (자세한 내용은 로그에 있습니다):</translation>
        </message>
        <message>
            <source>Log file: %1</source>
            <translation>로그 파일: %1</translation>
        </message>
        <message>
            <source>No log file: its folder cannot be written.</source>
            <translation>로그 파일 없음: 로그 폴더에 쓸 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message>
            <source>Choose 2 to 4 treatments to see them side by side:</source>
            <translation>나란히 비교할 치료를 2개에서 4개까지 선택하십시오:</translation>
        </message>
        <message>
            <source>Treatments to compare</source>
            <translation>비교할 치료</translation>
        </message>
        <message>
            <source>Press Space to tick or untick a treatment.</source>
            <translation>스페이스 키를 누르면 치료를 선택하거나 선택을 해제할 수 있습니다.</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>PDF로 저장…</translation>
        </message>
        <message>
            <source>Save this comparison as a PDF file</source>
            <translation>이 비교표를 PDF 파일로 저장</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>인쇄…</translation>
        </message>
        <message>
            <source>Print this comparison</source>
            <translation>이 비교표 인쇄</translation>
        </message>
        <message>
            <source>Clear choices</source>
            <translation>선택 지우기</translation>
        </message>
        <message>
            <source>Untick all treatments</source>
            <translation>모든 치료 선택 해제</translation>
        </message>
        <message>
            <source>Comparison table</source>
            <translation>비교표</translation>
        </message>
        <message>
            <source>One row for each question, one column for each treatment.</source>
            <translation>질문마다 한 줄, 치료마다 한 칸입니다.</translation>
        </message>
        <message>
            <source>You can compare up to 4 treatments. Untick one to choose another.</source>
            <translation>치료는 4개까지 비교할 수 있습니다. 다른 치료를 선택하려면 하나를 먼저 해제하십시오.</translation>
        </message>
        <message>
            <source>%1 treatments chosen.</source>
            <translation>치료 %1개를 선택했습니다.</translation>
        </message>
        <message>
            <source>Tick at least 2 treatments.</source>
            <translation>치료를 2개 이상 선택하십시오.</translation>
        </message>
        <message>
            <source>Tick at least 2 treatments in the list to see them side by side.</source>
            <translation>목록에서 치료를 2개 이상 선택하면 나란히 볼 수 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>ContentsTree</name>
        <message>
            <source>Contents</source>
            <translation>목차</translation>
        </message>
        <message>
            <source>Every topic of the handbook. Press Enter to open one.</source>
            <translation>안내서의 모든 주제입니다. Enter 키를 누르면 열립니다.</translation>
        </message>
        <message>
            <source>Sections and treatments</source>
            <translation>주제와 치료</translation>
        </message>
        <message>
            <source>Questions to ask</source>
            <translation>물어볼 질문</translation>
        </message>
        <message>
            <source>Glossary</source>
            <translation>용어 설명</translation>
        </message>
    </context>
    <context>
        <name>ErrorBanner</name>
        <message>
            <source>The handout was not printed. Nothing is lost: you can print it again.</source>
            <translation>안내 자료가 인쇄되지 않았습니다. 잃어버린 것은 없으니 다시 인쇄할 수 있습니다.</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>알림</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>Close this message</source>
            <translation>이 알림 닫기</translation>
        </message>
        <message>
            <source>The handout could not be made.</source>
            <translation>안내 자료를 만들지 못했습니다.</translation>
        </message>
        <message>
            <source>Search is not working right now. You can still use the contents list.</source>
            <translation>지금은 검색이 되지 않습니다. 목차는 그대로 사용할 수 있습니다.</translation>
        </message>
        <message>
            <source>That page could not be found.</source>
            <translation>그 페이지를 찾을 수 없습니다.</translation>
        </message>
        <message>
            <source>The file could not be saved there. Please choose another folder.</source>
            <translation>그 위치에는 파일을 저장할 수 없습니다. 다른 폴더를 선택하십시오.</translation>
        </message>
        <message>
            <source>The file could not be saved. Please choose another place or try again.</source>
            <translation>파일을 저장하지 못했습니다. 다른 위치를 선택하거나 다시 시도하십시오.</translation>
        </message>
        <message>
            <source>Something did not work.</source>
            <translation>작업이 제대로 되지 않았습니다.</translation>
        </message>
        <message>
            <source>Something went wrong. Please try again, or ask a member of staff for help.</source>
            <translation>문제가 생겼습니다. 다시 시도하시거나 직원에게 도움을 요청하십시오.</translation>
        </message>
        <message>
            <source>Some pages of the handbook could not be loaded, so they are missing. Everything else works. Staff can run “handbook check” to find the problem.</source>
            <translation>안내서의 일부 페이지를 불러오지 못해 빠져 있습니다. 나머지는 모두 정상적으로 작동합니다. 직원은 “handbook check”를 실행해 문제를 찾을 수 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Second language:</source>
            <translation>두 번째 언어:</translation>
        </message>
        <message>
            <source>No second language</source>
            <translation>두 번째 언어 없음</translation>
        </message>
        <message>
            <source>Second language of the handout</source>
            <translation>안내 자료의 두 번째 언어</translation>
        </message>
        <message>
            <source>Each part of the handout is printed beside its translation, for you and your care team</source>
            <translation>안내 자료의 각 부분이 번역문과 나란히 인쇄되어 본인과 의료진이 함께 읽을 수 있습니다</translation>
        </message>
        <message>
            <source>Preview…</source>
            <translation>미리 보기…</translation>
        </message>
        <message>
            <source>See the handout's pages before printing</source>
            <translation>인쇄하기 전에 안내 자료의 페이지 보기</translation>
        </message>
        <message>
            <source>Save or print a handout</source>
            <translation>안내 자료 저장 또는 인쇄</translation>
        </message>
        <message>
            <source>Print a handout</source>
            <translation>안내 자료 인쇄</translation>
        </message>
        <message>
            <source>Sections to include:</source>
            <translation>넣을 주제:</translation>
        </message>
        <message>
            <source>Sections to include</source>
            <translation>넣을 주제</translation>
        </message>
        <message>
            <source>Press Space to tick or untick a section.</source>
            <translation>스페이스 키를 누르면 주제를 선택하거나 선택을 해제할 수 있습니다.</translation>
        </message>
        <message>
            <source>Tick all</source>
            <translation>모두 선택</translation>
        </message>
        <message>
            <source>Tick all sections</source>
            <translation>모든 주제 선택</translation>
        </message>
        <message>
            <source>Untick all</source>
            <translation>모두 해제</translation>
        </message>
        <message>
            <source>Untick all sections</source>
            <translation>모든 주제 선택 해제</translation>
        </message>
        <message>
            <source>Add a comparison (tick 2 to 4 treatments):</source>
            <translation>비교표 넣기 (치료를 2개에서 4개까지 선택):</translation>
        </message>
        <message>
            <source>Treatments to compare in the handout</source>
            <translation>안내 자료에서 비교할 치료</translation>
        </message>
        <message>
            <source>Language of the handout:</source>
            <translation>안내 자료의 언어:</translation>
        </message>
        <message>
            <source>Language of the handout</source>
            <translation>안내 자료의 언어</translation>
        </message>
        <message>
            <source>Large print</source>
            <translation>큰 글씨</translation>
        </message>
        <message>
            <source>Bigger text, easier to read</source>
            <translation>글씨가 커서 읽기 쉽습니다</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>PDF로 저장…</translation>
        </message>
        <message>
            <source>Save the handout as a PDF file</source>
            <translation>안내 자료를 PDF 파일로 저장</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>인쇄…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>인쇄</translation>
        </message>
        <message>
            <source>Print the handout</source>
            <translation>안내 자료 인쇄</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Close without making a handout</source>
            <translation>안내 자료를 만들지 않고 닫기</translation>
        </message>
        <message>
            <source>For a comparison, tick 2 to 4 treatments (or none).</source>
            <translation>비교표를 넣으려면 치료를 2개에서 4개까지 선택하십시오. 넣지 않으려면 하나도 선택하지 않으셔도 됩니다.</translation>
        </message>
        <message>
            <source>Tick at least one section, or 2 to 4 treatments to compare.</source>
            <translation>주제를 하나 이상 선택하시거나, 비교할 치료를 2개에서 4개까지 선택하십시오.</translation>
        </message>
        <message>
            <source>Ready. Choose Save as PDF or Print.</source>
            <translation>준비되었습니다. ‘PDF로 저장’ 또는 ‘인쇄’를 누르십시오.</translation>
        </message>
        <message>
            <source>Ready. Choose Print.</source>
            <translation>준비되었습니다. ‘인쇄’를 누르십시오.</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in page:</source>
            <translation>이 페이지에서 찾기:</translation>
        </message>
        <message>
            <source>Find in page</source>
            <translation>이 페이지에서 찾기</translation>
        </message>
        <message>
            <source>Type a word to highlight it on this page</source>
            <translation>낱말을 입력하면 이 페이지에서 강조해 보여 줍니다</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>이전</translation>
        </message>
        <message>
            <source>Previous match</source>
            <translation>이전 결과</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>다음</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>다음 결과</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>Close find in page</source>
            <translation>페이지에서 찾기 닫기</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>찾지 못했습니다</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%2개 중 %1번째</translation>
        </message>
        <message>
            <source>Clear the word to find</source>
            <translation>찾을 낱말 지우기</translation>
        </message>
    </context>
    <context>
        <name>GlossaryPopup</name>
        <message>
            <source>Meaning of a word</source>
            <translation>낱말 뜻</translation>
        </message>
        <message>
            <source>Open in the glossary</source>
            <translation>용어 설명에서 열기</translation>
        </message>
        <message>
            <source>Open this word in the glossary</source>
            <translation>이 낱말을 용어 설명에서 열기</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>Close the meaning</source>
            <translation>뜻 닫기</translation>
        </message>
    </context>
    <context>
        <name>Kiosk</name>
        <message>
            <source>Print</source>
            <translation>인쇄</translation>
        </message>
        <message>
            <source>Print a handout</source>
            <translation>안내 자료 인쇄</translation>
        </message>
        <message>
            <source>Choose pages to print and take with you</source>
            <translation>인쇄해서 가져갈 페이지 선택하기</translation>
        </message>
    </context>
    <context>
        <name>KioskHandouts</name>
        <message>
            <source>Your handout was not printed. Please ask the front desk.</source>
            <translation>안내 자료가 인쇄되지 않았습니다. 안내 데스크에 문의하십시오.</translation>
        </message>
        <message>
            <source>The printer is not available. Please ask the front desk.</source>
            <translation>프린터를 사용할 수 없습니다. 안내 데스크에 문의해 주십시오.</translation>
        </message>
        <message>
            <source>Your handout was sent. Please ask the front desk for it.</source>
            <translation>안내 자료를 보냈습니다. 안내 데스크에서 받아 가십시오.</translation>
        </message>
        <message>
            <source>Your handout is printing. Please collect it from the printer.</source>
            <translation>안내 자료를 인쇄하고 있습니다. 프린터에서 가져가십시오.</translation>
        </message>
    </context>
    <context>
        <name>LanguageBar</name>
        <message>
            <source>Show the handbook in this language</source>
            <translation>이 언어로 안내서 보기</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>관리자</translation>
        </message>
        <message>
            <source>Staff only: leave kiosk mode</source>
            <translation>직원 전용: 키오스크 모드 나가기</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>My questions</source>
            <translation>내 질문</translation>
        </message>
        <message>
            <source>See, add and print the questions you want to ask</source>
            <translation>물어볼 질문을 보고, 추가하고, 인쇄하기</translation>
        </message>
        <message>
            <source>Your sheet is full: remove a question in My questions first.</source>
            <translation>질문지가 가득 찼습니다. 먼저 ‘내 질문’에서 질문을 하나 빼십시오.</translation>
        </message>
        <message>
            <source>&amp;About Handbook</source>
            <translation>안내서 정보</translation>
        </message>
        <message>
            <source>Version, and whether a translation is missing</source>
            <translation>버전과 번역이 빠졌는지 여부</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>뒤로</translation>
        </message>
        <message>
            <source>Go back to the page before</source>
            <translation>이전 페이지로 돌아가기</translation>
        </message>
        <message>
            <source>H&amp;ome</source>
            <translation>처음 화면</translation>
        </message>
        <message>
            <source>Go to the start page</source>
            <translation>처음 화면으로 가기</translation>
        </message>
        <message>
            <source>&amp;Compare treatments</source>
            <translation>치료 비교</translation>
        </message>
        <message>
            <source>See treatments side by side</source>
            <translation>치료를 나란히 보기</translation>
        </message>
        <message>
            <source>&amp;Save or print…</source>
            <translation>저장 또는 인쇄…</translation>
        </message>
        <message>
            <source>Save or print a handout</source>
            <translation>안내 자료 저장 또는 인쇄</translation>
        </message>
        <message>
            <source>&amp;Find in page</source>
            <translation>페이지에서 찾기</translation>
        </message>
        <message>
            <source>Find a word on this page</source>
            <translation>이 페이지에서 낱말 찾기</translation>
        </message>
        <message>
            <source>Go to s&amp;earch</source>
            <translation>검색으로 가기</translation>
        </message>
        <message>
            <source>Move to the search box</source>
            <translation>검색창으로 이동</translation>
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation>글씨 크게</translation>
        </message>
        <message>
            <source>Make the text larger</source>
            <translation>글씨를 크게 하기</translation>
        </message>
        <message>
            <source>S&amp;maller text</source>
            <translation>글씨 작게</translation>
        </message>
        <message>
            <source>Make the text smaller</source>
            <translation>글씨를 작게 하기</translation>
        </message>
        <message>
            <source>&amp;Normal text size</source>
            <translation>보통 글씨 크기</translation>
        </message>
        <message>
            <source>Go back to the normal text size</source>
            <translation>보통 글씨 크기로 돌아가기</translation>
        </message>
        <message>
            <source>High con&amp;trast</source>
            <translation>고대비</translation>
        </message>
        <message>
            <source>Switch between calm colours and high contrast</source>
            <translation>부드러운 색과 고대비 사이에서 바꾸기</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>끝내기</translation>
        </message>
        <message>
            <source>Close the handbook</source>
            <translation>안내서 닫기</translation>
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
            <translation>안내서</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>보기</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>메뉴 막대</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>언어:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <source>The language of the handbook and its buttons</source>
            <translation>안내서와 버튼에 쓰이는 언어</translation>
        </message>
        <message>
            <source>Contents and page</source>
            <translation>목차와 페이지</translation>
        </message>
        <message>
            <source>Making your handout…</source>
            <translation>안내 자료를 만들고 있습니다…</translation>
        </message>
        <message>
            <source>Working, please wait</source>
            <translation>처리 중입니다. 잠시 기다려 주십시오</translation>
        </message>
        <message>
            <source>Patient handbook</source>
            <translation>환자 안내서</translation>
        </message>
        <message>
            <source>Text size: %1%</source>
            <translation>글씨 크기: %1%</translation>
        </message>
        <message>
            <source>Save the handout</source>
            <translation>안내 자료 저장</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 파일 (*.pdf)</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>저장했습니다: %1</translation>
        </message>
        <message>
            <source>The handout was sent to the printer.</source>
            <translation>안내 자료를 프린터로 보냈습니다.</translation>
        </message>
    </context>
    <context>
        <name>Reader</name>
        <message>
            <source>Tick or untick this question for your sheet of questions (My questions)</source>
            <translation>이 질문을 질문지(‘내 질문’)에 넣거나 빼기</translation>
        </message>
        <message>
            <source>Page text</source>
            <translation>페이지 내용</translation>
        </message>
        <message>
            <source>Underlined words have a short explanation: select them to read it.</source>
            <translation>밑줄 친 낱말에는 짧은 설명이 있습니다. 낱말을 누르면 볼 수 있습니다.</translation>
        </message>
        <message>
            <source>Sections and treatments</source>
            <translation>주제와 치료</translation>
        </message>
        <message>
            <source>Questions to ask your care team</source>
            <translation>의료진에게 물어볼 질문</translation>
        </message>
        <message>
            <source>Choose a topic below or in the contents list, or type in the search box. Underlined words have a short explanation: select them to read it.</source>
            <translation>아래나 목차에서 주제를 선택하시거나 검색창에 입력하십시오. 밑줄 친 낱말에는 짧은 설명이 있습니다. 낱말을 누르면 볼 수 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>SearchClearButton</name>
        <message>
            <source>Clear the search</source>
            <translation>검색어 지우기</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Search, for example: bone pain</source>
            <translation>검색 (예: 뼈 통증)</translation>
        </message>
        <message>
            <source>Search the handbook</source>
            <translation>안내서 검색</translation>
        </message>
        <message>
            <source>Results appear as you type. Press Down to move to the results, Enter to open the best one.</source>
            <translation>입력하는 동안 결과가 나타납니다. 아래쪽 화살표를 누르면 결과로 이동하고, Enter 키를 누르면 가장 알맞은 결과가 열립니다.</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>검색 결과</translation>
        </message>
        <message>
            <source>Press Enter to open a result.</source>
            <translation>Enter 키를 누르면 결과가 열립니다.</translation>
        </message>
        <message>
            <source>Search for the suggested word instead</source>
            <translation>제안된 낱말로 대신 검색</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>주제</translation>
        </message>
        <message>
            <source>Treatment</source>
            <translation>치료</translation>
        </message>
        <message>
            <source>Glossary term</source>
            <translation>용어</translation>
        </message>
        <message>
            <source>Questions to ask</source>
            <translation>물어볼 질문</translation>
        </message>
        <message>
            <source>Results for “%1”: %2</source>
            <translation>“%1” 검색 결과: %2개</translation>
        </message>
        <message>
            <source>Nothing found for “%1”.</source>
            <translation>“%1”에 대한 결과가 없습니다.</translation>
        </message>
        <message>
            <source>Did you mean: %1?</source>
            <translation>혹시 찾으시는 낱말이 ‘%1’입니까?</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>주제</translation>
        </message>
        <message>
            <source>Words explained</source>
            <translation>용어 설명</translation>
        </message>
        <message>
            <source>Who can help</source>
            <translation>도움을 받을 수 있는 곳</translation>
        </message>
        <message>
            <source>This handbook does not cover “%1”. Your care team can help.</source>
            <translation>이 안내서에는 “%1”에 관한 내용이 없습니다. 의료진이 도와드릴 수 있습니다.</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>검색어 지우기</translation>
        </message>
    </context>
    <context>
        <name>StillThereOverlay</name>
        <message>
            <source>Are you still there?</source>
            <translation>아직 계십니까?</translation>
        </message>
        <message>
            <source>I'm still here</source>
            <translation>여기 있습니다</translation>
        </message>
        <message>
            <source>I'm still here: keep reading</source>
            <translation>여기 있습니다: 계속 읽기</translation>
        </message>
        <message numerus="yes">
            <source>For your privacy, the handbook will start over in %n second(s). Touch the screen to keep reading.</source>
            <translation>
                <numerusform>개인 정보 보호를 위해 %n초 후 안내서가 처음부터 다시 시작됩니다. 계속 읽으려면 화면을 누르십시오.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrintFollower</name>
        <message>
            <source>The printer %1 is paused. The handout waits in its queue and prints when it is started again.</source>
            <translation>%1 프린터가 일시 중지되었습니다. 안내 자료는 대기열에서 기다리다가 프린터가 다시 작동하면 인쇄됩니다.</translation>
        </message>
        <message>
            <source>The handout was printed.</source>
            <translation>안내 자료가 인쇄되었습니다.</translation>
        </message>
        <message>
            <source>The print job was cancelled before the handout was printed. You can print it again.</source>
            <translation>안내 자료가 인쇄되기 전에 인쇄 작업이 취소되었습니다. 다시 인쇄할 수 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>About</name>
        <message>
            <source>About Handbook</source>
            <translation>안내서 정보</translation>
        </message>
        <message>
            <source>Handbook %1</source>
            <translation>안내서 %1</translation>
        </message>
        <message>
            <source>Prostate cancer that has spread to the bones: a plain-language guide that works offline.</source>
            <translation>뼈로 퍼진 전립선암: 인터넷 연결 없이 쓸 수 있는 쉬운 말 안내서입니다.</translation>
        </message>
        <message>
            <source>The translation of the buttons and menus into %1 is missing, so they show in English.</source>
            <translation>버튼과 메뉴의 %1 번역이 없어 영어로 표시됩니다.</translation>
        </message>
    </context>
    <context>
        <name>MyQuestionsDialog</name>
        <message>
            <source>My questions</source>
            <translation>내 질문</translation>
        </message>
        <message>
            <source>Tick questions on the question pages, or write your own here. Print them and take them to your visit: there is room to write the answers.</source>
            <translation>질문 페이지에서 질문을 선택하거나 여기에 직접 질문을 쓰십시오. 인쇄해서 진료 받으러 갈 때 가져가십시오. 답을 적을 자리가 있습니다.</translation>
        </message>
        <message>
            <source>Your questions:</source>
            <translation>내 질문 목록:</translation>
        </message>
        <message>
            <source>Your questions</source>
            <translation>내 질문 목록</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>빼기</translation>
        </message>
        <message>
            <source>Remove the chosen question</source>
            <translation>선택한 질문 빼기</translation>
        </message>
        <message>
            <source>Clear all</source>
            <translation>모두 지우기</translation>
        </message>
        <message>
            <source>Remove all your questions</source>
            <translation>내 질문 모두 지우기</translation>
        </message>
        <message>
            <source>Write a question of your own:</source>
            <translation>직접 질문 쓰기:</translation>
        </message>
        <message>
            <source>A question of your own</source>
            <translation>직접 쓴 질문</translation>
        </message>
        <message>
            <source>For example: Can I still travel?</source>
            <translation>예: 지금도 여행을 다닐 수 있습니까?</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>추가</translation>
        </message>
        <message>
            <source>Add your question to the list</source>
            <translation>내 질문을 목록에 추가</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>PDF로 저장…</translation>
        </message>
        <message>
            <source>Save your questions as a PDF file</source>
            <translation>내 질문을 PDF 파일로 저장</translation>
        </message>
        <message>
            <source>Print my questions</source>
            <translation>내 질문 인쇄</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>Close my questions</source>
            <translation>내 질문 닫기</translation>
        </message>
        <message>
            <source>My own questions</source>
            <translation>내가 직접 적은 질문</translation>
        </message>
        <message>
            <source>No questions yet: tick some on the question pages, or write your own.</source>
            <translation>아직 질문이 없습니다. 질문 페이지에서 선택하거나 직접 쓰십시오.</translation>
        </message>
        <message>
            <source>The sheet is full: remove a question to add another.</source>
            <translation>질문지가 가득 찼습니다. 다른 질문을 넣으려면 하나를 빼십시오.</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) on your sheet.</source>
            <translation>
                <numerusform>질문지에 질문이 %n개 있습니다.</numerusform>
            </translation>
        </message>
    </context>
</TS>
