<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
    <context>
        <name>AdminDialog</name>
        <message>
            <source>Leave kiosk mode</source>
            <translation>Thoát chế độ ki-ốt</translation>
        </message>
        <message>
            <source>Staff only. Type the admin passphrase to close the handbook.</source>
            <translation>Chỉ dành cho nhân viên. Hãy nhập cụm mật khẩu quản trị để đóng cẩm nang.</translation>
        </message>
        <message>
            <source>No admin passphrase is set, so kiosk mode cannot be left from here. To set one, run this command on this computer, then start the handbook again:
%1</source>
            <translation>Chưa có cụm mật khẩu quản trị, nên không thể thoát chế độ ki-ốt từ đây. Để đặt mật khẩu, hãy chạy lệnh này trên máy tính này, rồi mở lại cẩm nang:
%1</translation>
        </message>
        <message>
            <source>Admin passphrase</source>
            <translation>Cụm mật khẩu quản trị</translation>
        </message>
        <message>
            <source>Close the handbook</source>
            <translation>Đóng cẩm nang</translation>
        </message>
        <message>
            <source>Check the passphrase and close the handbook</source>
            <translation>Kiểm tra mật khẩu và đóng cẩm nang</translation>
        </message>
        <message>
            <source>Back to the handbook</source>
            <translation>Quay lại cẩm nang</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Đồng ý</translation>
        </message>
        <message>
            <source>That passphrase is not right. Please try again.</source>
            <translation>Cụm mật khẩu đó không đúng. Vui lòng thử lại.</translation>
        </message>
        <message>
            <source>Kiosk status</source>
            <translation>Tình trạng ki-ốt</translation>
        </message>
        <message>
            <source>Check the passphrase and show the kiosk's status</source>
            <translation>Kiểm tra mật khẩu và xem tình trạng ki-ốt</translation>
        </message>
        <message>
            <source>Running since %1. Resets: %2. Problems noted: %3.</source>
            <translation>Đang chạy từ %1. Số lần đặt lại: %2. Số sự cố đã ghi nhận: %3.</translation>
        </message>
        <message>
            <source>Latest problems (the log has the details):</source>
            <translation>Các sự cố gần đây nhất (chi tiết có trong nhật ký):</translation>
        </message>
        <message>
            <source>Log file: %1</source>
            <translation>Tệp nhật ký: %1</translation>
        </message>
        <message>
            <source>No log file: its folder cannot be written.</source>
            <translation>Không có tệp nhật ký: không thể ghi vào thư mục nhật ký.</translation>
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message>
            <source>Choose 2 to 4 treatments to see them side by side:</source>
            <translation>Chọn từ 2 đến 4 cách điều trị để xem cạnh nhau:</translation>
        </message>
        <message>
            <source>Treatments to compare</source>
            <translation>Các cách điều trị cần so sánh</translation>
        </message>
        <message>
            <source>Press Space to tick or untick a treatment.</source>
            <translation>Nhấn phím cách để đánh dấu hoặc bỏ đánh dấu một cách điều trị.</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Lưu thành PDF…</translation>
        </message>
        <message>
            <source>Save this comparison as a PDF file</source>
            <translation>Lưu bảng so sánh này thành tệp PDF</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>In…</translation>
        </message>
        <message>
            <source>Print this comparison</source>
            <translation>In bảng so sánh này</translation>
        </message>
        <message>
            <source>Clear choices</source>
            <translation>Bỏ chọn tất cả</translation>
        </message>
        <message>
            <source>Untick all treatments</source>
            <translation>Bỏ đánh dấu tất cả các cách điều trị</translation>
        </message>
        <message>
            <source>Comparison table</source>
            <translation>Bảng so sánh</translation>
        </message>
        <message>
            <source>One row for each question, one column for each treatment.</source>
            <translation>Mỗi câu hỏi là một hàng, mỗi cách điều trị là một cột.</translation>
        </message>
        <message>
            <source>You can compare up to 4 treatments. Untick one to choose another.</source>
            <translation>Bạn có thể so sánh tối đa 4 cách điều trị. Hãy bỏ đánh dấu một cách để chọn cách khác.</translation>
        </message>
        <message>
            <source>%1 treatments chosen.</source>
            <translation>Đã chọn %1 cách điều trị.</translation>
        </message>
        <message>
            <source>Tick at least 2 treatments.</source>
            <translation>Hãy đánh dấu ít nhất 2 cách điều trị.</translation>
        </message>
        <message>
            <source>Tick at least 2 treatments in the list to see them side by side.</source>
            <translation>Hãy đánh dấu ít nhất 2 cách điều trị trong danh sách để xem chúng cạnh nhau.</translation>
        </message>
    </context>
    <context>
        <name>ContentsTree</name>
        <message>
            <source>Contents</source>
            <translation>Mục lục</translation>
        </message>
        <message>
            <source>Every topic of the handbook. Press Enter to open one.</source>
            <translation>Tất cả các chủ đề của cẩm nang. Nhấn Enter để mở một chủ đề.</translation>
        </message>
        <message>
            <source>Sections and treatments</source>
            <translation>Các phần và cách điều trị</translation>
        </message>
        <message>
            <source>Questions to ask</source>
            <translation>Câu hỏi nên hỏi</translation>
        </message>
        <message>
            <source>Glossary</source>
            <translation>Giải thích thuật ngữ</translation>
        </message>
    </context>
    <context>
        <name>ErrorBanner</name>
        <message>
            <source>The handout was not printed. Nothing is lost: you can print it again.</source>
            <translation>Tài liệu chưa được in. Không có gì bị mất: bạn có thể in lại.</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Thông báo</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>Close this message</source>
            <translation>Đóng thông báo này</translation>
        </message>
        <message>
            <source>The handout could not be made.</source>
            <translation>Không thể tạo tài liệu phát tay.</translation>
        </message>
        <message>
            <source>Search is not working right now. You can still use the contents list.</source>
            <translation>Chức năng tìm kiếm hiện không hoạt động. Bạn vẫn có thể dùng mục lục.</translation>
        </message>
        <message>
            <source>That page could not be found.</source>
            <translation>Không tìm thấy trang đó.</translation>
        </message>
        <message>
            <source>The file could not be saved there. Please choose another folder.</source>
            <translation>Không thể lưu tệp ở đó. Vui lòng chọn thư mục khác.</translation>
        </message>
        <message>
            <source>The file could not be saved. Please choose another place or try again.</source>
            <translation>Không thể lưu tệp. Vui lòng chọn nơi khác hoặc thử lại.</translation>
        </message>
        <message>
            <source>Something did not work.</source>
            <translation>Đã có điều gì đó không thành công.</translation>
        </message>
        <message>
            <source>Something went wrong. Please try again, or ask a member of staff for help.</source>
            <translation>Đã xảy ra lỗi. Vui lòng thử lại hoặc nhờ nhân viên giúp đỡ.</translation>
        </message>
        <message>
            <source>Some pages of the handbook could not be loaded, so they are missing. Everything else works. Staff can run “handbook check” to find the problem.</source>
            <translation>Một số trang của cẩm nang không tải được nên đang bị thiếu. Mọi phần khác vẫn dùng được bình thường. Nhân viên có thể chạy “handbook check” để tìm ra lỗi.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Second language:</source>
            <translation>Ngôn ngữ thứ hai:</translation>
        </message>
        <message>
            <source>No second language</source>
            <translation>Không có ngôn ngữ thứ hai</translation>
        </message>
        <message>
            <source>Second language of the handout</source>
            <translation>Ngôn ngữ thứ hai của tài liệu</translation>
        </message>
        <message>
            <source>Each part of the handout is printed beside its translation, for you and your care team</source>
            <translation>Mỗi phần của tài liệu được in bên cạnh bản dịch, để bạn và đội ngũ điều trị cùng đọc</translation>
        </message>
        <message>
            <source>Preview…</source>
            <translation>Xem trước…</translation>
        </message>
        <message>
            <source>See the handout's pages before printing</source>
            <translation>Xem các trang tài liệu trước khi in</translation>
        </message>
        <message>
            <source>Save or print a handout</source>
            <translation>Lưu hoặc in tài liệu phát tay</translation>
        </message>
        <message>
            <source>Print a handout</source>
            <translation>In tài liệu phát tay</translation>
        </message>
        <message>
            <source>Sections to include:</source>
            <translation>Các phần muốn đưa vào:</translation>
        </message>
        <message>
            <source>Sections to include</source>
            <translation>Các phần muốn đưa vào</translation>
        </message>
        <message>
            <source>Press Space to tick or untick a section.</source>
            <translation>Nhấn phím cách để đánh dấu hoặc bỏ đánh dấu một phần.</translation>
        </message>
        <message>
            <source>Tick all</source>
            <translation>Chọn tất cả</translation>
        </message>
        <message>
            <source>Tick all sections</source>
            <translation>Đánh dấu tất cả các phần</translation>
        </message>
        <message>
            <source>Untick all</source>
            <translation>Bỏ chọn tất cả</translation>
        </message>
        <message>
            <source>Untick all sections</source>
            <translation>Bỏ đánh dấu tất cả các phần</translation>
        </message>
        <message>
            <source>Add a comparison (tick 2 to 4 treatments):</source>
            <translation>Thêm bảng so sánh (đánh dấu từ 2 đến 4 cách điều trị):</translation>
        </message>
        <message>
            <source>Treatments to compare in the handout</source>
            <translation>Các cách điều trị cần so sánh trong tài liệu</translation>
        </message>
        <message>
            <source>Language of the handout:</source>
            <translation>Ngôn ngữ của tài liệu:</translation>
        </message>
        <message>
            <source>Language of the handout</source>
            <translation>Ngôn ngữ của tài liệu</translation>
        </message>
        <message>
            <source>Large print</source>
            <translation>Chữ to</translation>
        </message>
        <message>
            <source>Bigger text, easier to read</source>
            <translation>Chữ lớn hơn, dễ đọc hơn</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Lưu thành PDF…</translation>
        </message>
        <message>
            <source>Save the handout as a PDF file</source>
            <translation>Lưu tài liệu thành tệp PDF</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>In…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>In</translation>
        </message>
        <message>
            <source>Print the handout</source>
            <translation>In tài liệu</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Close without making a handout</source>
            <translation>Đóng mà không tạo tài liệu</translation>
        </message>
        <message>
            <source>For a comparison, tick 2 to 4 treatments (or none).</source>
            <translation>Để có bảng so sánh, hãy đánh dấu từ 2 đến 4 cách điều trị (hoặc không chọn cách nào).</translation>
        </message>
        <message>
            <source>Tick at least one section, or 2 to 4 treatments to compare.</source>
            <translation>Hãy đánh dấu ít nhất một phần, hoặc từ 2 đến 4 cách điều trị để so sánh.</translation>
        </message>
        <message>
            <source>Ready. Choose Save as PDF or Print.</source>
            <translation>Đã sẵn sàng. Hãy chọn Lưu thành PDF hoặc In.</translation>
        </message>
        <message>
            <source>Ready. Choose Print.</source>
            <translation>Đã sẵn sàng. Hãy chọn In.</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in page:</source>
            <translation>Tìm trong trang:</translation>
        </message>
        <message>
            <source>Find in page</source>
            <translation>Tìm trong trang</translation>
        </message>
        <message>
            <source>Type a word to highlight it on this page</source>
            <translation>Gõ một từ để tô sáng từ đó trên trang này</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Trước</translation>
        </message>
        <message>
            <source>Previous match</source>
            <translation>Kết quả trước</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Tiếp</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>Kết quả tiếp theo</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>Close find in page</source>
            <translation>Đóng tìm trong trang</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Không tìm thấy</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 trên %2</translation>
        </message>
        <message>
            <source>Clear the word to find</source>
            <translation>Xóa từ cần tìm</translation>
        </message>
    </context>
    <context>
        <name>GlossaryPopup</name>
        <message>
            <source>Meaning of a word</source>
            <translation>Nghĩa của một từ</translation>
        </message>
        <message>
            <source>Open in the glossary</source>
            <translation>Mở trong phần giải thích thuật ngữ</translation>
        </message>
        <message>
            <source>Open this word in the glossary</source>
            <translation>Mở từ này trong phần giải thích thuật ngữ</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>Close the meaning</source>
            <translation>Đóng phần giải nghĩa</translation>
        </message>
    </context>
    <context>
        <name>Kiosk</name>
        <message>
            <source>Print</source>
            <translation>In</translation>
        </message>
        <message>
            <source>Print a handout</source>
            <translation>In tài liệu phát tay</translation>
        </message>
        <message>
            <source>Choose pages to print and take with you</source>
            <translation>Chọn các trang muốn in để mang về</translation>
        </message>
    </context>
    <context>
        <name>KioskHandouts</name>
        <message>
            <source>Your handout was not printed. Please ask the front desk.</source>
            <translation>Tài liệu của bạn chưa được in. Vui lòng hỏi quầy tiếp tân.</translation>
        </message>
        <message>
            <source>The printer is not available. Please ask the front desk.</source>
            <translation>Máy in hiện không dùng được. Vui lòng hỏi quầy tiếp tân.</translation>
        </message>
        <message>
            <source>Your handout was sent. Please ask the front desk for it.</source>
            <translation>Tài liệu của bạn đã được gửi đi. Vui lòng nhận tại quầy tiếp tân.</translation>
        </message>
        <message>
            <source>Your handout is printing. Please collect it from the printer.</source>
            <translation>Tài liệu của bạn đang được in. Vui lòng lấy tại máy in.</translation>
        </message>
    </context>
    <context>
        <name>LanguageBar</name>
        <message>
            <source>Show the handbook in this language</source>
            <translation>Hiển thị cẩm nang bằng ngôn ngữ này</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>Quản trị</translation>
        </message>
        <message>
            <source>Staff only: leave kiosk mode</source>
            <translation>Chỉ dành cho nhân viên: thoát chế độ ki-ốt</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>My questions</source>
            <translation>Câu hỏi của tôi</translation>
        </message>
        <message>
            <source>See, add and print the questions you want to ask</source>
            <translation>Xem, thêm và in những câu hỏi bạn muốn hỏi</translation>
        </message>
        <message>
            <source>Your sheet is full: remove a question in My questions first.</source>
            <translation>Tờ câu hỏi của bạn đã đầy: hãy bỏ bớt một câu trong Câu hỏi của tôi trước.</translation>
        </message>
        <message>
            <source>&amp;About Handbook</source>
            <translation>&amp;Về cẩm nang</translation>
        </message>
        <message>
            <source>Version, and whether a translation is missing</source>
            <translation>Phiên bản, và có thiếu bản dịch nào không</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Quay lại</translation>
        </message>
        <message>
            <source>Go back to the page before</source>
            <translation>Quay lại trang trước</translation>
        </message>
        <message>
            <source>H&amp;ome</source>
            <translation>Tran&amp;g đầu</translation>
        </message>
        <message>
            <source>Go to the start page</source>
            <translation>Về trang đầu</translation>
        </message>
        <message>
            <source>&amp;Compare treatments</source>
            <translation>&amp;So sánh cách điều trị</translation>
        </message>
        <message>
            <source>See treatments side by side</source>
            <translation>Xem các cách điều trị cạnh nhau</translation>
        </message>
        <message>
            <source>&amp;Save or print…</source>
            <translation>&amp;Lưu hoặc in…</translation>
        </message>
        <message>
            <source>Save or print a handout</source>
            <translation>Lưu hoặc in tài liệu phát tay</translation>
        </message>
        <message>
            <source>&amp;Find in page</source>
            <translation>&amp;Tìm trong trang</translation>
        </message>
        <message>
            <source>Find a word on this page</source>
            <translation>Tìm một từ trên trang này</translation>
        </message>
        <message>
            <source>Go to s&amp;earch</source>
            <translation>Đến ô tìm &amp;kiếm</translation>
        </message>
        <message>
            <source>Move to the search box</source>
            <translation>Chuyển đến ô tìm kiếm</translation>
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation>Chữ t&amp;o hơn</translation>
        </message>
        <message>
            <source>Make the text larger</source>
            <translation>Làm chữ to hơn</translation>
        </message>
        <message>
            <source>S&amp;maller text</source>
            <translation>Chữ &amp;nhỏ hơn</translation>
        </message>
        <message>
            <source>Make the text smaller</source>
            <translation>Làm chữ nhỏ hơn</translation>
        </message>
        <message>
            <source>&amp;Normal text size</source>
            <translation>Cỡ chữ &amp;bình thường</translation>
        </message>
        <message>
            <source>Go back to the normal text size</source>
            <translation>Trở về cỡ chữ bình thường</translation>
        </message>
        <message>
            <source>High con&amp;trast</source>
            <translation>Độ tương &amp;phản cao</translation>
        </message>
        <message>
            <source>Switch between calm colours and high contrast</source>
            <translation>Chuyển giữa màu dịu mắt và độ tương phản cao</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Thoát</translation>
        </message>
        <message>
            <source>Close the handbook</source>
            <translation>Đóng cẩm nang</translation>
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
            <translation>&amp;Cẩm nang</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Hiển thị</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>Thanh menu</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Ngôn ngữ:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <source>The language of the handbook and its buttons</source>
            <translation>Ngôn ngữ của cẩm nang và các nút bấm</translation>
        </message>
        <message>
            <source>Contents and page</source>
            <translation>Mục lục và trang</translation>
        </message>
        <message>
            <source>Making your handout…</source>
            <translation>Đang tạo tài liệu của bạn…</translation>
        </message>
        <message>
            <source>Working, please wait</source>
            <translation>Đang xử lý, vui lòng chờ</translation>
        </message>
        <message>
            <source>Patient handbook</source>
            <translation>Cẩm nang cho người bệnh</translation>
        </message>
        <message>
            <source>Text size: %1%</source>
            <translation>Cỡ chữ: %1%</translation>
        </message>
        <message>
            <source>Save the handout</source>
            <translation>Lưu tài liệu</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Tệp PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Đã lưu: %1</translation>
        </message>
        <message>
            <source>The handout was sent to the printer.</source>
            <translation>Tài liệu đã được gửi đến máy in.</translation>
        </message>
    </context>
    <context>
        <name>Reader</name>
        <message>
            <source>Tick or untick this question for your sheet of questions (My questions)</source>
            <translation>Đánh dấu hoặc bỏ đánh dấu câu hỏi này cho tờ câu hỏi của bạn (Câu hỏi của tôi)</translation>
        </message>
        <message>
            <source>Page text</source>
            <translation>Nội dung trang</translation>
        </message>
        <message>
            <source>Underlined words have a short explanation: select them to read it.</source>
            <translation>Những từ có gạch dưới có lời giải thích ngắn: chọn từ đó để đọc.</translation>
        </message>
        <message>
            <source>Sections and treatments</source>
            <translation>Các phần và cách điều trị</translation>
        </message>
        <message>
            <source>Questions to ask your care team</source>
            <translation>Những câu hỏi nên hỏi đội ngũ điều trị</translation>
        </message>
        <message>
            <source>Choose a topic below or in the contents list, or type in the search box. Underlined words have a short explanation: select them to read it.</source>
            <translation>Hãy chọn một chủ đề bên dưới hoặc trong mục lục, hoặc gõ vào ô tìm kiếm. Những từ có gạch dưới có lời giải thích ngắn: chọn từ đó để đọc.</translation>
        </message>
    </context>
    <context>
        <name>SearchClearButton</name>
        <message>
            <source>Clear the search</source>
            <translation>Xóa nội dung tìm kiếm</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Search, for example: bone pain</source>
            <translation>Tìm kiếm, ví dụ: đau xương</translation>
        </message>
        <message>
            <source>Search the handbook</source>
            <translation>Tìm trong cẩm nang</translation>
        </message>
        <message>
            <source>Results appear as you type. Press Down to move to the results, Enter to open the best one.</source>
            <translation>Kết quả hiện ra ngay khi bạn gõ. Nhấn mũi tên xuống để chuyển đến kết quả, nhấn Enter để mở kết quả phù hợp nhất.</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Kết quả tìm kiếm</translation>
        </message>
        <message>
            <source>Press Enter to open a result.</source>
            <translation>Nhấn Enter để mở một kết quả.</translation>
        </message>
        <message>
            <source>Search for the suggested word instead</source>
            <translation>Tìm theo từ được gợi ý</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Phần</translation>
        </message>
        <message>
            <source>Treatment</source>
            <translation>Cách điều trị</translation>
        </message>
        <message>
            <source>Glossary term</source>
            <translation>Thuật ngữ</translation>
        </message>
        <message>
            <source>Questions to ask</source>
            <translation>Câu hỏi nên hỏi</translation>
        </message>
        <message>
            <source>Results for “%1”: %2</source>
            <translation>Kết quả cho “%1”: %2</translation>
        </message>
        <message>
            <source>Nothing found for “%1”.</source>
            <translation>Không tìm thấy gì cho “%1”.</translation>
        </message>
        <message>
            <source>Did you mean: %1?</source>
            <translation>Có phải bạn muốn tìm: %1?</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Chủ đề</translation>
        </message>
        <message>
            <source>Words explained</source>
            <translation>Giải thích từ ngữ</translation>
        </message>
        <message>
            <source>Who can help</source>
            <translation>Ai có thể giúp bạn</translation>
        </message>
        <message>
            <source>This handbook does not cover “%1”. Your care team can help.</source>
            <translation>Cẩm nang này không nói về “%1”. Đội ngũ điều trị của bạn có thể giúp bạn.</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Xóa nội dung tìm kiếm</translation>
        </message>
    </context>
    <context>
        <name>StillThereOverlay</name>
        <message>
            <source>Are you still there?</source>
            <translation>Bạn vẫn còn ở đây chứ?</translation>
        </message>
        <message>
            <source>I'm still here</source>
            <translation>Tôi vẫn ở đây</translation>
        </message>
        <message>
            <source>I'm still here: keep reading</source>
            <translation>Tôi vẫn ở đây: đọc tiếp</translation>
        </message>
        <message numerus="yes">
            <source>For your privacy, the handbook will start over in %n second(s). Touch the screen to keep reading.</source>
            <translation>
                <numerusform>Để bảo vệ sự riêng tư của bạn, cẩm nang sẽ bắt đầu lại sau %n giây. Hãy chạm vào màn hình để đọc tiếp.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrintFollower</name>
        <message>
            <source>The printer %1 is paused. The handout waits in its queue and prints when it is started again.</source>
            <translation>Máy in %1 đang tạm dừng. Tài liệu đang chờ trong hàng đợi và sẽ được in khi máy in hoạt động lại.</translation>
        </message>
        <message>
            <source>The handout was printed.</source>
            <translation>Tài liệu đã được in xong.</translation>
        </message>
        <message>
            <source>The print job was cancelled before the handout was printed. You can print it again.</source>
            <translation>Lệnh in đã bị hủy trước khi tài liệu được in. Bạn có thể in lại.</translation>
        </message>
    </context>
    <context>
        <name>About</name>
        <message>
            <source>About Handbook</source>
            <translation>Về cẩm nang</translation>
        </message>
        <message>
            <source>Handbook %1</source>
            <translation>Cẩm nang %1</translation>
        </message>
        <message>
            <source>Prostate cancer that has spread to the bones: a plain-language guide that works offline.</source>
            <translation>Ung thư tuyến tiền liệt đã lan đến xương: hướng dẫn bằng lời lẽ dễ hiểu, dùng được khi không có mạng.</translation>
        </message>
        <message>
            <source>The translation of the buttons and menus into %1 is missing, so they show in English.</source>
            <translation>Thiếu bản dịch các nút và menu sang %1, nên chúng hiển thị bằng tiếng Anh.</translation>
        </message>
    </context>
    <context>
        <name>MyQuestionsDialog</name>
        <message>
            <source>My questions</source>
            <translation>Câu hỏi của tôi</translation>
        </message>
        <message>
            <source>Tick questions on the question pages, or write your own here. Print them and take them to your visit: there is room to write the answers.</source>
            <translation>Đánh dấu câu hỏi trên các trang câu hỏi, hoặc tự viết câu hỏi ở đây. In ra và mang theo khi đi khám: có chỗ để ghi câu trả lời.</translation>
        </message>
        <message>
            <source>Your questions:</source>
            <translation>Câu hỏi của bạn:</translation>
        </message>
        <message>
            <source>Your questions</source>
            <translation>Câu hỏi của bạn</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Bỏ</translation>
        </message>
        <message>
            <source>Remove the chosen question</source>
            <translation>Bỏ câu hỏi đã chọn</translation>
        </message>
        <message>
            <source>Clear all</source>
            <translation>Xóa hết</translation>
        </message>
        <message>
            <source>Remove all your questions</source>
            <translation>Bỏ tất cả câu hỏi của bạn</translation>
        </message>
        <message>
            <source>Write a question of your own:</source>
            <translation>Tự viết một câu hỏi:</translation>
        </message>
        <message>
            <source>A question of your own</source>
            <translation>Câu hỏi của riêng bạn</translation>
        </message>
        <message>
            <source>For example: Can I still travel?</source>
            <translation>Ví dụ: Tôi có còn đi du lịch được không?</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Thêm</translation>
        </message>
        <message>
            <source>Add your question to the list</source>
            <translation>Thêm câu hỏi của bạn vào danh sách</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Lưu thành PDF…</translation>
        </message>
        <message>
            <source>Save your questions as a PDF file</source>
            <translation>Lưu câu hỏi của bạn thành tệp PDF</translation>
        </message>
        <message>
            <source>Print my questions</source>
            <translation>In câu hỏi của tôi</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>Close my questions</source>
            <translation>Đóng Câu hỏi của tôi</translation>
        </message>
        <message>
            <source>My own questions</source>
            <translation>Câu hỏi riêng của tôi</translation>
        </message>
        <message>
            <source>No questions yet: tick some on the question pages, or write your own.</source>
            <translation>Chưa có câu hỏi nào: hãy đánh dấu trên các trang câu hỏi, hoặc tự viết câu hỏi.</translation>
        </message>
        <message>
            <source>The sheet is full: remove a question to add another.</source>
            <translation>Tờ câu hỏi đã đầy: hãy bỏ một câu để thêm câu khác.</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) on your sheet.</source>
            <translation>
                <numerusform>Tờ câu hỏi của bạn có %n câu.</numerusform>
            </translation>
        </message>
    </context>
</TS>
