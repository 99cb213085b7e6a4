<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AboutScreen</name>
    <message>
        <source>Browse the exhibitors of the pavilions, save their contact details with your phone camera, and leave yours for business matching.</source>
        <translation>瀏覽各展館的參展商，用手機相機儲存他們的聯絡資料，並留下您的資料，進行商業配對。</translation>
    </message>
    <message>
        <source>The event</source>
        <translation>展會</translation>
    </message>
    <message>
        <source>No event has been loaded yet.</source>
        <translation>尚未載入任何展會資料。</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主辦單位</translation>
    </message>
</context>
<context>
    <name>AccessibilityButton</name>
    <message>
        <source>Standard view</source>
        <translation>標準顯示</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>無障礙</translation>
    </message>
    <message>
        <source>Standard view: smaller text, standard colours</source>
        <translation>標準顯示：較小字體、標準顏色</translation>
    </message>
    <message>
        <source>Accessibility: larger text, high contrast, speech</source>
        <translation>無障礙：放大字體、高對比度、語音朗讀</translation>
    </message>
</context>
<context>
    <name>AgeGate</name>
    <message>
        <source>Thank you for visiting!</source>
        <translation>多謝您的到訪！</translation>
    </message>
    <message>
        <source>Before you leave your details</source>
        <translation>留下資料之前</translation>
    </message>
    <message>
        <source>We do not collect personal details from visitors under %1, so nothing you enter here is asked for or kept. Enjoy the pavilion: you can go on exploring the exhibitors and scan their QR codes.</source>
        <translation>我們不會收集未滿 %1 歲訪客的個人資料，因此這裡不會要求或保存您的任何資料。祝您參觀愉快：您可以繼續瀏覽參展商並掃描他們的二維碼。</translation>
    </message>
    <message>
        <source>Please tell us your age. We ask for contact details only from visitors aged %1 or older.</source>
        <translation>請告訴我們您的年齡。我們只會向 %1 歲或以上的訪客索取聯絡資料。</translation>
    </message>
    <message>
        <source>I am %1 or older</source>
        <translation>我已滿 %1 歲</translation>
    </message>
    <message>
        <source>I am under %1</source>
        <translation>我未滿 %1 歲</translation>
    </message>
    <message>
        <source>Explore the exhibitors</source>
        <translation>瀏覽參展商</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>主頁</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to start</source>
        <translation>輕觸螢幕開始</translation>
    </message>
</context>
<context>
    <name>CrossBorderFigure</name>
    <message>
        <source>People whose data was sent abroad in %1 (to the recipients named in the consent notice)</source>
        <translation>%1年資料傳送至境外的人數（傳送予同意聲明所列的接收方）</translation>
    </message>
    <message>
        <source>Under 100,000 people this year: no security assessment or standard contract is needed, but every visitor must still see the notice and agree separately (PIPL Art. 39).</source>
        <translation>今年未滿100,000人：無需安全評估或標準合同，但每位訪客仍須閱覽告知並單獨同意（《個人信息保護法》第三十九條）。</translation>
    </message>
    <message>
        <source>100,000 people or more this year: a transfer abroad now needs a security assessment or a standard contract (PIPL Art. 38).</source>
        <translation>今年已達100,000人或以上：向境外傳送資料現須通過安全評估或訂立標準合同（《個人信息保護法》第三十八條）。</translation>
    </message>
</context>
<context>
    <name>CrossBorderNotice</name>
    <message>
        <source>Recipient</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>How</source>
        <translation>處理方式</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>您的資料</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>您的權利</translation>
    </message>
    <message>
        <source>This consent sends your data outside mainland China:</source>
        <translation>此項同意會將您的資料傳送至中國內地以外：</translation>
    </message>
</context>
<context>
    <name>DirectoryScreen</name>
    <message>
        <source>Exhibitors</source>
        <translation>參展商</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>顯示 %2 家中的 %1 家</translation>
    </message>
    <message>
        <source>Showing all %1</source>
        <translation>全部 %1 家參展商</translation>
    </message>
    <message>
        <source>Search names, products, sectors</source>
        <translation>搜尋名稱、產品、行業</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>清除搜尋</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>篩選</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Pavilion</source>
        <translation>展館</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>國家或地區</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行業</translation>
    </message>
    <message>
        <source>No exhibitors match your search.</source>
        <translation>沒有符合搜尋條件的參展商。</translation>
    </message>
    <message>
        <source>The exhibitor list is not loaded yet.</source>
        <translation>參展商名單尚未載入。</translation>
    </message>
    <message>
        <source>Try another spelling, or clear the search and filters to see every exhibitor.</source>
        <translation>請嘗試其他寫法，或清除搜尋及篩選以查看全部參展商。</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>清除搜尋及篩選</translation>
    </message>
</context>
<context>
    <name>ExhibitorCard</name>
    <message>
        <source>Booth %1</source>
        <translation>展位 %1</translation>
    </message>
</context>
<context>
    <name>ExhibitorScreen</name>
    <message>
        <source>Booth %1</source>
        <translation>展位 %1</translation>
    </message>
    <message>
        <source>Book a meeting</source>
        <translation>預約會面</translation>
    </message>
    <message>
        <source>I&apos;m interested</source>
        <translation>我有興趣</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡資料</translation>
    </message>
    <message>
        <source>WeChat: %1</source>
        <translation>微信：%1</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation>產地：%1</translation>
    </message>
    <message>
        <source>Find us</source>
        <translation>展位位置</translation>
    </message>
    <message>
        <source>Show on the map</source>
        <translation>在地圖上顯示</translation>
    </message>
</context>
<context>
    <name>FeaturedCard</name>
    <message>
        <source>Featured exhibitor</source>
        <translation>精選參展商</translation>
    </message>
    <message>
        <source>Booth %1</source>
        <translation>展位 %1</translation>
    </message>
</context>
<context>
    <name>FilterGroup</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation>歡迎蒞臨</translation>
    </message>
    <message>
        <source>Exhibitors</source>
        <translation>參展商</translation>
    </message>
    <message>
        <source>Companies from Macao and the Portuguese-speaking countries</source>
        <translation>來自澳門及葡語國家的企業</translation>
    </message>
    <message>
        <source>Products from Portuguese-speaking countries</source>
        <translation>葡語國家產品</translation>
    </message>
    <message>
        <source>Pavilion map</source>
        <translation>展館地圖</translation>
    </message>
    <message>
        <source>Find a booth</source>
        <translation>尋找展位</translation>
    </message>
    <message>
        <source>Business matching</source>
        <translation>商業配對</translation>
    </message>
    <message>
        <source>Leave your contact</source>
        <translation>留下您的聯絡資料</translation>
    </message>
    <message>
        <source>About</source>
        <translation>關於我們</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>您還在嗎？</translation>
    </message>
    <message>
        <source>For your privacy the kiosk will start over and clear what you entered.</source>
        <translation>為保障您的私隱，本機將重新開始，並清除您輸入的內容。</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>我還在</translation>
    </message>
</context>
<context>
    <name>LeadAboutSection</name>
    <message>
        <source>About you</source>
        <translation>您的資料</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>職位</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電郵</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手提電話</translation>
    </message>
    <message>
        <source>Please give an email address or a mobile phone number, or both.</source>
        <translation>請提供電郵地址或手提電話號碼，或兩者都提供。</translation>
    </message>
</context>
<context>
    <name>LeadConsentPanel</name>
    <message>
        <source>Your consent</source>
        <translation>您的同意</translation>
    </message>
    <message>
        <source>Data controller: %1</source>
        <translation>負責處理個人資料的實體：%1</translation>
    </message>
    <message>
        <source>Tick each box you agree to. The boxes marked &quot;required&quot; must be ticked to send the form: without them we cannot pass your details on to the exhibitors.</source>
        <translation>請勾選您同意的項目。標示「必須勾選」的項目須勾選後才能提交：否則我們無法將您的資料轉交參展商。</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必須勾選</translation>
    </message>
    <message>
        <source>More below: the boxes to tick</source>
        <translation>下方還有需勾選的項目</translation>
    </message>
    <message>
        <source>Please check the fields marked in red.</source>
        <translation>請檢查以紅色標示的項目。</translation>
    </message>
    <message>
        <source>Send my details</source>
        <translation>提交我的資料</translation>
    </message>
</context>
<context>
    <name>LeadCountryField</name>
    <message>
        <source>Country or region</source>
        <translation>國家或地區</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>請選擇…</translation>
    </message>
</context>
<context>
    <name>LeadExhibitorChip</name>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
</context>
<context>
    <name>LeadFormScreen</name>
    <message>
        <source>Business matching</source>
        <translation>商業配對</translation>
    </message>
    <message>
        <source>Leave your details and the exhibitors you are interested in can contact you during and after the expo.</source>
        <translation>留下您的資料，您感興趣的參展商便可在展會期間及展會後與您聯絡。</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>國家或地區</translation>
    </message>
    <message>
        <source>Exhibitors you would like to hear from</source>
        <translation>希望與您聯絡的參展商</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>按名稱搜尋</translation>
    </message>
</context>
<context>
    <name>LeadInterestsSection</name>
    <message>
        <source>Your interests</source>
        <translation>您感興趣的範疇</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>行業</translation>
    </message>
    <message>
        <source>Exhibitors you would like to hear from</source>
        <translation>希望與您聯絡的參展商</translation>
    </message>
    <message>
        <source>None chosen yet.</source>
        <translation>尚未選擇。</translation>
    </message>
    <message>
        <source>Add an exhibitor</source>
        <translation>加入參展商</translation>
    </message>
</context>
<context>
    <name>LeadLabel</name>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
</context>
<context>
    <name>LeadMatchingWish</name>
    <message>
        <source>I would like to meet these exhibitors at the expo</source>
        <translation>我希望在展會期間與這些參展商會面</translation>
    </message>
    <message>
        <source>Preferred day</source>
        <translation>首選日期</translation>
    </message>
    <message>
        <source>Preferred time</source>
        <translation>首選時段</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>上午</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>下午</translation>
    </message>
</context>
<context>
    <name>LeadMessageSection</name>
    <message>
        <source>Message</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>Anything the exhibitors should know? (optional)</source>
        <translation>有甚麼想讓參展商知道嗎？（選填）</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>LeadNameField</name>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name(s)</source>
        <translation>名</translation>
    </message>
</context>
<context>
    <name>LeadPicker</name>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Nothing matches your search.</source>
        <translation>找不到符合的結果。</translation>
    </message>
</context>
<context>
    <name>LeadQuestions</name>
    <message>
        <source>Questions from %1</source>
        <translation>%1的問題</translation>
    </message>
</context>
<context>
    <name>LeadScanNotice</name>
    <message>
        <source>Card read: please check your details.</source>
        <translation>已讀取名片，請核對您的資料。</translation>
    </message>
</context>
<context>
    <name>LeadUnavailable</name>
    <message>
        <source>Business matching</source>
        <translation>商業配對</translation>
    </message>
    <message>
        <source>Leaving your contact details is not possible on this kiosk at the moment. Our staff at the pavilion&apos;s information desk will gladly note them for you.</source>
        <translation>目前無法在本機留下聯絡資料。展館服務台的工作人員樂意為您登記。</translation>
    </message>
    <message>
        <source>Browse exhibitors</source>
        <translation>瀏覽參展商</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <source>Pavilion map</source>
        <translation>展館地圖</translation>
    </message>
    <message>
        <source>Tap a booth to see who is there. Pinch or use + and − to zoom.</source>
        <translation>輕觸展位查看參展商。以兩指或 + 及 − 縮放。</translation>
    </message>
    <message>
        <source>Pavilion map: pinch, or use + and −, to zoom</source>
        <translation>展館地圖：雙指縮放，或使用 + 和 − 放大縮小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>顯示整張地圖</translation>
    </message>
    <message>
        <source>No map for this pavilion yet.</source>
        <translation>此展館暫無地圖。</translation>
    </message>
    <message>
        <source>Booths</source>
        <translation>展位</translation>
    </message>
</context>
<context>
    <name>MeetingSection</name>
    <message>
        <source>Meetings at the business matching area</source>
        <translation>商貿配對區會面</translation>
    </message>
    <message>
        <source>Book a meeting</source>
        <translation>預約會面</translation>
    </message>
</context>
<context>
    <name>MeetingSlotPicker</name>
    <message>
        <source>Book a meeting with %1</source>
        <translation>預約與%1會面</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time (each meeting lasts one slot)</source>
        <translation>時間（每次會面為一個時段）</translation>
    </message>
    <message>
        <source>%1 · Full</source>
        <translation>%1 · 已滿</translation>
    </message>
    <message>
        <source>%1 · You have another meeting</source>
        <translation>%1 · 您已有其他會面</translation>
    </message>
    <message>
        <source>%1 · Over</source>
        <translation>%1 · 已結束</translation>
    </message>
</context>
<context>
    <name>MeetingsBooked</name>
    <message>
        <source>Your meetings</source>
        <translation>您的會面</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已確認</translation>
    </message>
    <message>
        <source>Pending confirmation by staff</source>
        <translation>待工作人員確認</translation>
    </message>
    <message>
        <source>Scan to add the meetings to your phone&apos;s calendar.</source>
        <translation>掃描即可將會面加入手機日曆。</translation>
    </message>
</context>
<context>
    <name>PlaceholderScreen</name>
    <message>
        <source>This part of the kiosk is not available yet.</source>
        <translation>此功能尚未開放。</translation>
    </message>
</context>
<context>
    <name>ProductsScreen</name>
    <message>
        <source>Products by origin</source>
        <translation>按產地瀏覽產品</translation>
    </message>
    <message>
        <source>Macao and the Portuguese-speaking countries first</source>
        <translation>澳門及葡語國家優先</translation>
    </message>
    <message>
        <source>No products listed yet.</source>
        <translation>暫無產品資料。</translation>
    </message>
</context>
<context>
    <name>QrCard</name>
    <message>
        <source>Scan to open the website</source>
        <translation>掃描開啟網站</translation>
    </message>
    <message>
        <source>Scan with WeChat to add us</source>
        <translation>用微信掃描加我們</translation>
    </message>
    <message>
        <source>Scan to save the contact</source>
        <translation>掃描儲存聯絡人</translation>
    </message>
</context>
<context>
    <name>SpeechControls</name>
    <message>
        <source>Repeat</source>
        <translation>重播</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>調低音量</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>調高音量</translation>
    </message>
    <message>
        <source>No voice for this language on this PC: speech is off</source>
        <translation>此電腦沒有此語言的語音：朗讀已關閉</translation>
    </message>
</context>
<context>
    <name>StaffAuditPanel</name>
    <message>
        <source>Only failed lead saves</source>
        <translation>只顯示儲存失敗的潛在客戶</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>暫無記錄</translation>
    </message>
</context>
<context>
    <name>StaffBarList</name>
    <message>
        <source>Nothing yet</source>
        <translation>暫無資料</translation>
    </message>
</context>
<context>
    <name>StaffContentPanel</name>
    <message>
        <source>Content packs found</source>
        <translation>找到的內容包</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>重新搜尋</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>選擇資料夾…</translation>
    </message>
    <message>
        <source>No content pack or workbook found on the USB drives or in the kiosk&apos;s folders. A pack is a folder holding content.json, or an Excel workbook (.xlsx) with its images beside it.</source>
        <translation>在 USB 儲存裝置或本機資料夾中找不到內容包或活頁簿。內容包是一個含有 content.json 的資料夾，或一個 Excel 活頁簿（.xlsx），圖片放在其旁邊。</translation>
    </message>
    <message>
        <source>Choose a content pack folder</source>
        <translation>選擇內容包資料夾</translation>
    </message>
    <message>
        <source>Check this folder</source>
        <translation>檢查此資料夾</translation>
    </message>
    <message>
        <source>Check and load</source>
        <translation>檢查及載入</translation>
    </message>
    <message>
        <source>Checking the pack…</source>
        <translation>正在檢查內容包…</translation>
    </message>
    <message>
        <source>The pack is valid: %1</source>
        <translation>內容包有效：%1</translation>
    </message>
    <message>
        <source>The pack has %1 problems. Nothing was changed; the kiosk keeps its content.</source>
        <translation>內容包有 %1 個問題。沒有作出任何更改，本機保留原有內容。</translation>
    </message>
    <message>
        <source>Loading the pack…</source>
        <translation>正在載入內容包…</translation>
    </message>
    <message>
        <source>Loaded. The kiosk shows the new content. %1</source>
        <translation>已載入，本機現在顯示新內容。%1</translation>
    </message>
    <message>
        <source>The pack could not be loaded. Nothing was changed.</source>
        <translation>無法載入內容包，沒有作出任何更改。</translation>
    </message>
    <message>
        <source>Choose a pack to check it.</source>
        <translation>請選擇要檢查的內容包。</translation>
    </message>
    <message>
        <source>Load this pack</source>
        <translation>載入此內容包</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Where a content problem is (a file, sheet, cell or field) and what it is.</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>StaffDashboard</name>
    <message>
        <source>Staff mode</source>
        <translation>職員模式</translation>
    </message>
    <message>
        <source>Closes after %1 minutes without a touch</source>
        <translation>%1 分鐘無操作後自動關閉</translation>
    </message>
    <message>
        <source>Back to visitor mode</source>
        <translation>返回訪客模式</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概覽</translation>
    </message>
    <message>
        <source>Export leads</source>
        <translation>匯出潛在客戶</translation>
    </message>
    <message>
        <source>Wipe leads</source>
        <translation>清除潛在客戶</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation>重新載入內容</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>會面</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>操作記錄</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Quit the kiosk</source>
        <translation>關閉本機程式</translation>
    </message>
    <message>
        <source>Quit the kiosk?</source>
        <translation>關閉本機程式？</translation>
    </message>
    <message>
        <source>The kiosk window closes. Visitors cannot use this screen until the kiosk is started again.</source>
        <translation>本機視窗將會關閉。重新啟動前，訪客無法使用此螢幕。</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Confirm</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>StaffExportPanel</name>
    <message>
        <source>1. Where to</source>
        <translation>1. 匯出到</translation>
    </message>
    <message>
        <source>No USB drive found. Plug one in, or choose a folder.</source>
        <translation>找不到 USB 儲存裝置。請插入一個，或選擇資料夾。</translation>
    </message>
    <message>
        <source>%1 · read-only</source>
        <translation>%1 · 唯讀</translation>
    </message>
    <message>
        <source>%1 · %2 free</source>
        <translation>%1 · 可用 %2</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>選擇資料夾…</translation>
    </message>
    <message>
        <source>2. What</source>
        <translation>2. 匯出內容</translation>
    </message>
    <message>
        <source>CSV (Excel, any spreadsheet)</source>
        <translation>CSV（Excel 或任何試算表）</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel 活頁簿</translation>
    </message>
    <message>
        <source>Salesforce import file</source>
        <translation>Salesforce 匯入檔</translation>
    </message>
    <message>
        <source>HubSpot import file</source>
        <translation>HubSpot 匯入檔</translation>
    </message>
    <message>
        <source>All leads, with one file per exhibitor</source>
        <translation>全部潛在客戶，另每個參展商一個檔案</translation>
    </message>
    <message numerus="yes">
        <source>Only %1 (%n lead(s))</source>
        <translation>
            <numerusform>只限 %1（%n 個潛在客戶）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported and checked: %n lead(s)</source>
        <translation>
            <numerusform>已匯出並核對：%n 個潛在客戶</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>選擇資料夾</translation>
    </message>
    <message>
        <source>Export to this folder</source>
        <translation>匯出到此資料夾</translation>
    </message>
    <message>
        <source>3. Export</source>
        <translation>3. 匯出</translation>
    </message>
    <message>
        <source>Choose where to export first.</source>
        <translation>請先選擇匯出位置。</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>匯出到：%1</translation>
    </message>
    <message>
        <source>All leads; every file is read back and checked before it counts as exported.</source>
        <translation>全部潛在客戶；每個檔案都會讀回核對，確認無誤才算已匯出。</translation>
    </message>
    <message>
        <source>Only the leads who chose %1 and agreed to share their details with exhibitors.</source>
        <translation>只限選擇了 %1 並同意與參展商分享資料的潛在客戶。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reading the files back to check them…</source>
        <translation>正在讀回檔案以作核對…</translation>
    </message>
    <message>
        <source>Writing one file per exhibitor…</source>
        <translation>正在為每個參展商寫入檔案…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>即將完成…</translation>
    </message>
    <message>
        <source>Writing the leads…</source>
        <translation>正在寫入潛在客戶…</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>資料夾：%1</translation>
    </message>
    <message>
        <source>This folder is on the kiosk&apos;s own disk, not on a drive: wiping leads does not count this export.</source>
        <translation>此資料夾位於本機自身的磁碟，而非 USB 儲存裝置：清除潛在客戶時不計入此次匯出。</translation>
    </message>
    <message>
        <source>Unfinished exports found on the drive and removed: %1</source>
        <translation>在 USB 儲存裝置上發現並已移除的未完成匯出：%1</translation>
    </message>
    <message>
        <source>Export cancelled. No lead counts as exported.</source>
        <translation>已取消匯出，所有潛在客戶均不算已匯出。</translation>
    </message>
    <message>
        <source>System message: %1</source>
        <translation>系統訊息：%1</translation>
    </message>
    <message>
        <source>No leads were marked as exported.</source>
        <translation>沒有潛在客戶被標記為已匯出。</translation>
    </message>
</context>
<context>
    <name>StaffFolderPicker</name>
    <message>
        <source>Use this folder</source>
        <translation>使用此資料夾</translation>
    </message>
    <message>
        <source>Kiosk data folder</source>
        <translation>本機資料夾</translation>
    </message>
    <message>
        <source>Home folder</source>
        <translation>主資料夾</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上一層</translation>
    </message>
    <message>
        <source>Choose where to start above.</source>
        <translation>請在上方選擇起點。</translation>
    </message>
    <message>
        <source>content pack</source>
        <translation>內容包</translation>
    </message>
    <message>
        <source>No folders in here</source>
        <translation>此處沒有資料夾</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>StaffMatchingPanel</name>
    <message>
        <source>This event has no business matching sessions.</source>
        <translation>本活動沒有商貿配對環節。</translation>
    </message>
    <message>
        <source>Write agendas</source>
        <translation>輸出日程</translation>
    </message>
    <message>
        <source>Agendas (XLSX and printable pages, one per exhibitor) written to %1</source>
        <translation>日程（XLSX 及可列印頁面，每個參展商一份）已寫入 %1</translation>
    </message>
    <message>
        <source>No meetings booked in this slot.</source>
        <translation>此時段沒有預約會面。</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>第 %1 桌</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未出席</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>取消會面</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>改至 %1</translation>
    </message>
</context>
<context>
    <name>StaffOverviewPanel</name>
    <message>
        <source>Leads today</source>
        <translation>今日潛在客戶</translation>
    </message>
    <message>
        <source>Leads in total</source>
        <translation>潛在客戶總數</translation>
    </message>
    <message>
        <source>Matching requests</source>
        <translation>商業配對請求</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>無法計算數據：%1</translation>
    </message>
    <message>
        <source>Leads per hour today</source>
        <translation>今日每小時潛在客戶</translation>
    </message>
    <message>
        <source>No leads yet today</source>
        <translation>今日暫無潛在客戶</translation>
    </message>
    <message>
        <source>Languages used on the kiosk</source>
        <translation>本機使用的語言</translation>
    </message>
    <message>
        <source>Top exhibitors by interest</source>
        <translation>最受關注的參展商</translation>
    </message>
    <message>
        <source>Taps per exhibitor</source>
        <translation>各參展商點擊次數</translation>
    </message>
    <message>
        <source>Leads per pavilion</source>
        <translation>各展館潛在客戶</translation>
    </message>
    <message>
        <source>Visitor countries</source>
        <translation>訪客所屬國家或地區</translation>
    </message>
    <message>
        <source>Language of the form</source>
        <translation>表格語言</translation>
    </message>
    <message>
        <source>Consents granted</source>
        <translation>已給予的同意</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>暫無資料</translation>
    </message>
    <message>
        <source>%1 yes · %2 no</source>
        <translation>%1 同意 · %2 不同意</translation>
    </message>
    <message>
        <source>Leads per exhibitor</source>
        <translation>各參展商潛在客戶</translation>
    </message>
</context>
<context>
    <name>StaffPinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>職員密碼</translation>
    </message>
    <message>
        <source>Enter the PIN to open staff mode.</source>
        <translation>輸入密碼以進入職員模式。</translation>
    </message>
    <message>
        <source>Wrong PIN. Attempts left before the pad locks: %1</source>
        <translation>密碼錯誤。鎖定前尚餘嘗試次數：%1</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>密碼錯誤次數過多，請於 %1 後再試。</translation>
    </message>
    <message>
        <source>Staff mode is not set up</source>
        <translation>工作人員模式尚未設定</translation>
    </message>
    <message>
        <source>Staff mode is not set up on this kiosk. Set the staff PIN on the kiosk&apos;s PC with the command: kiosk set-pin</source>
        <translation>本機尚未設定工作人員模式。請在本機的電腦上以指令設定工作人員 PIN：kiosk set-pin</translation>
    </message>
    <message>
        <source>The PIN could not be checked: %1</source>
        <translation>無法驗證密碼：%1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>StaffSettingsPanel</name>
    <message>
        <source>Kiosk settings</source>
        <translation>本機設定</translation>
    </message>
    <message>
        <source>Idle time before a visit ends (seconds)</source>
        <translation>無操作多久後結束瀏覽（秒）</translation>
    </message>
    <message>
        <source>Kiosk id (on every lead and export)</source>
        <translation>本機編號（記錄於每個潛在客戶及匯出檔案）</translation>
    </message>
    <message>
        <source>Show the mouse cursor</source>
        <translation>顯示滑鼠游標</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <source>Move the picture a few pixels now and then (protects the screen from burn-in)</source>
        <translation>不時將畫面移動幾個像素（防止螢幕烙印）</translation>
    </message>
    <message>
        <source>Low reach: keep everything a visitor touches in the lower part of the screen</source>
        <translation>低觸及模式：訪客需觸碰的一切都放在螢幕下方</translation>
    </message>
    <message>
        <source>Hold the content at its revision (no content from the central pool yet)</source>
        <translation>將內容保持在目前版本（尚無來自中央資料庫的內容）</translation>
    </message>
    <message>
        <source>Hold the content at revision %1: newer packs wait</source>
        <translation>將內容保持在版本 %1：較新的內容包將等待</translation>
    </message>
    <message>
        <source>Where this kiosk stands (&quot;You are here&quot; on the map)</source>
        <translation>本機所在位置（地圖上的「您在這裡」）</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>不顯示</translation>
    </message>
</context>
<context>
    <name>StaffSpeechSetting</name>
    <message>
        <source>Read aloud for every visitor (not only in accessibility mode)</source>
        <translation>為每位訪客朗讀（不只在無障礙模式）</translation>
    </message>
    <message>
        <source>Voice for the language on show: %1</source>
        <translation>目前語言的語音：%1</translation>
    </message>
    <message>
        <source>This PC has no voice for the language on show.</source>
        <translation>此電腦沒有目前語言的語音。</translation>
    </message>
</context>
<context>
    <name>StaffSyncPanel</name>
    <message>
        <source>This kiosk</source>
        <translation>本機</translation>
    </message>
    <message>
        <source>Leads waiting to be sent: %1</source>
        <translation>等待傳送的潛在客戶：%1</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>尚未傳送任何資料。</translation>
    </message>
    <message>
        <source>Last successful push: %1</source>
        <translation>上次成功傳送：%1</translation>
    </message>
    <message>
        <source>Sending: up to date, watching for new leads.</source>
        <translation>傳送：已是最新，正等待新的潛在客戶。</translation>
    </message>
    <message>
        <source>Sending: in progress…</source>
        <translation>傳送：進行中…</translation>
    </message>
    <message>
        <source>Sending: the pool cannot be reached; the kiosk keeps every lead and tries again.</source>
        <translation>傳送：無法連接中央資料庫；本機會保留所有潛在客戶並再次嘗試。</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>上次錯誤：%1</translation>
    </message>
    <message>
        <source>Leads set aside, refused by the central pool: %1. They stay on this kiosk and cannot be wiped until they reach the pool. Fix the cause, then try again.</source>
        <translation>被中央資料庫拒收而擱置的潛在客戶：%1。資料保留在本機，送達中央資料庫之前不能清除。請先排除原因，再重試。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重試</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Central pool</source>
        <translation>中央資料庫</translation>
    </message>
    <message>
        <source>Not reachable now: %1</source>
        <translation>目前無法連線：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n 筆潛在客戶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) at the last merge</source>
        <translation>
            <numerusform>上次合併時為 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s); not merged into people yet</source>
        <translation>
            <numerusform>%n 筆潛在客戶；尚未合併為個人</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (this kiosk)</source>
        <translation>%1（本機）</translation>
    </message>
    <message>
        <source>No push yet</source>
        <translation>尚未傳送</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 個等待中</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) pooled</source>
        <translation>
            <numerusform>已匯集 %n 個潛在客戶</numerusform>
        </translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在線</translation>
    </message>
    <message>
        <source>Late (no heartbeat for over 3 minutes)</source>
        <translation>延遲（超過 3 分鐘沒有心跳）</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>no content</source>
        <translation>沒有內容</translation>
    </message>
    <message>
        <source>content loaded by hand</source>
        <translation>手動載入的內容</translation>
    </message>
    <message>
        <source>content %1</source>
        <translation>內容 %1</translation>
    </message>
    <message>
        <source>Its version differs from the other kiosks.</source>
        <translation>其版本與其他資訊站不同。</translation>
    </message>
    <message>
        <source>Held at another content revision by staff.</source>
        <translation>工作人員將其保持在另一個內容版本。</translation>
    </message>
    <message>
        <source>Its content differs from the published pack.</source>
        <translation>其內容與已發佈的內容包不同。</translation>
    </message>
    <message>
        <source>Last push: %1</source>
        <translation>上次傳送：%1</translation>
    </message>
</context>
<context>
    <name>StaffWipePanel</name>
    <message>
        <source>Wipe exported leads</source>
        <translation>清除已匯出的潛在客戶</translation>
    </message>
    <message>
        <source>The central pool refused some leads, and they are set aside on this kiosk; wiped now, they would never get there. See the Sync screen for why, fix it and send them again, then wipe.</source>
        <translation>中央資料庫拒收了部分潛在客戶，它們已擱置在本機；現在清除的話，它們將永遠無法送達。請到「同步」畫面查看原因，排除後重新傳送，然後再清除。</translation>
    </message>
    <message>
        <source>Some leads have not reached the central pool yet; wiped now, they would never get there. Let the kiosk sync first, then wipe.</source>
        <translation>部分潛在客戶尚未傳送到中央資料庫；現在清除的話，它們將永遠無法送達。請先讓本機完成同步，然後再清除。</translation>
    </message>
    <message>
        <source>No verified export of all leads to a USB drive exists on this kiosk. Export the leads to a drive first: only then can they be wiped safely (an export to a folder on the kiosk&apos;s own disk does not count).</source>
        <translation>本機沒有匯出到 USB 儲存裝置、包含全部潛在客戶的已核對匯出。請先匯出到 USB 儲存裝置，之後才可安全清除（匯出到本機自身磁碟上的資料夾不計）。</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) are in a verified export and can be wiped.</source>
        <translation>
            <numerusform>%n 個潛在客戶已在核對過的匯出檔案中，可以清除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) are not in any export as they are now, and stay.</source>
        <translation>
            <numerusform>%n 個潛在客戶的現有資料不在任何匯出檔案中，會予以保留。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wipe %n exported lead(s)</source>
        <translation>
            <numerusform>清除 %n 個已匯出的潛在客戶</numerusform>
        </translation>
    </message>
    <message>
        <source>Wipe every lead</source>
        <translation>清除所有潛在客戶</translation>
    </message>
    <message>
        <source>This deletes every lead on this kiosk, exported or not. Leads that were not exported are lost. To confirm, type this phrase:</source>
        <translation>此操作會刪除本機所有潛在客戶，不論是否已匯出。未匯出的潛在客戶將會遺失。如確定，請輸入以下字句：</translation>
    </message>
    <message>
        <source>Type the phrase here</source>
        <translation>在此輸入字句</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Wiping…</source>
        <translation>正在清除…</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) wiped; %1 kept.</source>
        <translation>
            <numerusform>已清除 %n 個潛在客戶；保留 %1 個。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wipe %n lead(s)?</source>
        <translation>
            <numerusform>清除 %n 個潛在客戶？</numerusform>
        </translation>
    </message>
    <message>
        <source>The phrase does not match. Nothing was deleted.</source>
        <translation>字句不符，沒有刪除任何資料。</translation>
    </message>
    <message>
        <source>The wipe failed: %1</source>
        <translation>清除失敗：%1</translation>
    </message>
    <message>
        <source>They are deleted from this kiosk for good. The export holds them.</source>
        <translation>它們將從本機永久刪除，匯出檔案中仍有保存。</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>StaffZipPassword</name>
    <message>
        <source>Encrypted ZIP with a password</source>
        <translation>以密碼加密的 ZIP 檔</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次輸入密碼</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <source>Thank you!</source>
        <translation>謝謝！</translation>
    </message>
    <message>
        <source>Your details have been saved. They will be passed on only as you agreed, and the exhibitors you chose can contact you.</source>
        <translation>您的資料已儲存。我們只會按您同意的方式轉交資料，您所選的參展商將可與您聯絡。</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主辦單位</translation>
    </message>
    <message>
        <source>You can withdraw your consent, or ask to see, correct or delete your details, at any time: contact %1 using the contact details on the left.</source>
        <translation>您可隨時撤回同意，或要求查閱、更正或刪除您的資料：請透過左方的聯絡方式聯絡%1。</translation>
    </message>
    <message>
        <source>You can withdraw your consent, or ask to see, correct or delete your details, at any time: contact the organiser using the contact details on the left.</source>
        <translation>您可隨時撤回同意，或要求查閱、更正或刪除您的資料：請透過左方的聯絡方式聯絡主辦單位。</translation>
    </message>
    <message>
        <source>Back to Home</source>
        <translation>返回主頁</translation>
    </message>
    <message>
        <source>Returning to Home in %1 s</source>
        <translation>%1 秒後返回主頁</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>主頁</translation>
    </message>
</context>
<context>
    <name>YouAreHereMarker</name>
    <message>
        <source>You are here</source>
        <translation>您在這裡</translation>
    </message>
</context>
<context>
    <name>audit.content.hold</name>
    <message>
        <source>Content held at a revision (empty: released)</source>
        <translation>內容保持在某一版本（空白：已解除）</translation>
    </message>
</context>
<context>
    <name>audit.content.import</name>
    <message>
        <source>Content loaded</source>
        <translation>已載入內容</translation>
    </message>
</context>
<context>
    <name>audit.detail</name>
    <message>
        <source>{name}: {value}</source>
        <translation>{name}：{value}</translation>
    </message>
</context>
<context>
    <name>audit.export.cancelled</name>
    <message>
        <source>Export cancelled</source>
        <translation>已取消匯出</translation>
    </message>
</context>
<context>
    <name>audit.export.encrypted</name>
    <message>
        <source>Leads exported in an encrypted zip</source>
        <translation>潛在客戶已匯出為加密壓縮檔</translation>
    </message>
</context>
<context>
    <name>audit.export.failed</name>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
</context>
<context>
    <name>audit.export.verified</name>
    <message>
        <source>Leads exported and verified</source>
        <translation>潛在客戶已匯出並核對</translation>
    </message>
</context>
<context>
    <name>audit.lead.save_failed</name>
    <message>
        <source>A lead could not be saved</source>
        <translation>有一筆潛在客戶未能儲存</translation>
    </message>
</context>
<context>
    <name>audit.leads.erase</name>
    <message>
        <source>A visitor&apos;s data erased</source>
        <translation>已刪除一位訪客的資料</translation>
    </message>
</context>
<context>
    <name>audit.leads.erase.central</name>
    <message>
        <source>A visitor&apos;s data erased from the central pool</source>
        <translation>已從中央資料庫刪除一位訪客的資料</translation>
    </message>
</context>
<context>
    <name>audit.leads.purge</name>
    <message>
        <source>Leads past the retention period deleted</source>
        <translation>已刪除超過保存期限的潛在客戶</translation>
    </message>
</context>
<context>
    <name>audit.leads.purge.started</name>
    <message>
        <source>Deletion of leads past the retention period started</source>
        <translation>開始刪除超過保存期限的潛在客戶</translation>
    </message>
</context>
<context>
    <name>audit.leads.wipe</name>
    <message>
        <source>Leads wiped</source>
        <translation>已清除潛在客戶</translation>
    </message>
</context>
<context>
    <name>audit.leads.wipe.started</name>
    <message>
        <source>Wipe of leads started</source>
        <translation>開始清除潛在客戶</translation>
    </message>
</context>
<context>
    <name>audit.matching.cancel</name>
    <message>
        <source>Meeting cancelled</source>
        <translation>已取消會面</translation>
    </message>
</context>
<context>
    <name>audit.matching.confirm</name>
    <message>
        <source>Meeting confirmed</source>
        <translation>已確認會面</translation>
    </message>
</context>
<context>
    <name>audit.matching.move</name>
    <message>
        <source>Meeting moved</source>
        <translation>已更改會面時間</translation>
    </message>
</context>
<context>
    <name>audit.matching.no_show</name>
    <message>
        <source>Meeting marked as a no-show</source>
        <translation>會面已標記為未出席</translation>
    </message>
</context>
<context>
    <name>audit.other</name>
    <message>
        <source>{action}</source>
        <translation>{action}</translation>
    </message>
</context>
<context>
    <name>audit.pin.locked</name>
    <message>
        <source>PIN locked after wrong attempts</source>
        <translation>密碼錯誤次數過多，已暫時鎖定</translation>
    </message>
</context>
<context>
    <name>audit.pin.set</name>
    <message>
        <source>Staff PIN set</source>
        <translation>已設定工作人員密碼</translation>
    </message>
</context>
<context>
    <name>audit.settings.changed</name>
    <message>
        <source>Settings changed</source>
        <translation>已更改設定</translation>
    </message>
</context>
<context>
    <name>audit.settings.position</name>
    <message>
        <source>Kiosk position on the map chosen</source>
        <translation>已選擇本機在地圖上的位置</translation>
    </message>
</context>
<context>
    <name>audit_detail.before</name>
    <message>
        <source>before</source>
        <translation>之前</translation>
    </message>
</context>
<context>
    <name>audit_detail.by</name>
    <message>
        <source>found by</source>
        <translation>查找依據</translation>
    </message>
</context>
<context>
    <name>audit_detail.central</name>
    <message>
        <source>central pool</source>
        <translation>中央資料庫</translation>
    </message>
</context>
<context>
    <name>audit_detail.content_sha256</name>
    <message>
        <source>content checksum</source>
        <translation>內容校驗碼</translation>
    </message>
</context>
<context>
    <name>audit_detail.deleted</name>
    <message>
        <source>deleted</source>
        <translation>已刪除</translation>
    </message>
</context>
<context>
    <name>audit_detail.deleted_here</name>
    <message>
        <source>deleted on this kiosk</source>
        <translation>本機已刪除</translation>
    </message>
</context>
<context>
    <name>audit_detail.deleted_in_pool</name>
    <message>
        <source>deleted in the central pool</source>
        <translation>中央資料庫已刪除</translation>
    </message>
</context>
<context>
    <name>audit_detail.destination</name>
    <message>
        <source>destination</source>
        <translation>目的地</translation>
    </message>
</context>
<context>
    <name>audit_detail.error</name>
    <message>
        <source>error</source>
        <translation>錯誤</translation>
    </message>
</context>
<context>
    <name>audit_detail.event_id</name>
    <message>
        <source>event</source>
        <translation>活動</translation>
    </message>
</context>
<context>
    <name>audit_detail.exhibitor</name>
    <message>
        <source>exhibitor</source>
        <translation>展商</translation>
    </message>
</context>
<context>
    <name>audit_detail.exhibitors</name>
    <message>
        <source>exhibitors</source>
        <translation>展商數目</translation>
    </message>
</context>
<context>
    <name>audit_detail.export_id</name>
    <message>
        <source>export</source>
        <translation>匯出</translation>
    </message>
</context>
<context>
    <name>audit_detail.exports_holding</name>
    <message>
        <source>exports holding them</source>
        <translation>包含它們的匯出</translation>
    </message>
</context>
<context>
    <name>audit_detail.failures</name>
    <message>
        <source>wrong attempts</source>
        <translation>錯誤嘗試次數</translation>
    </message>
</context>
<context>
    <name>audit_detail.files</name>
    <message>
        <source>files</source>
        <translation>檔案</translation>
    </message>
</context>
<context>
    <name>audit_detail.folder</name>
    <message>
        <source>folder</source>
        <translation>資料夾</translation>
    </message>
</context>
<context>
    <name>audit_detail.formats</name>
    <message>
        <source>formats</source>
        <translation>格式</translation>
    </message>
</context>
<context>
    <name>audit_detail.idle_timeout_s</name>
    <message>
        <source>idle time (seconds)</source>
        <translation>無操作時間（秒）</translation>
    </message>
</context>
<context>
    <name>audit_detail.import_id</name>
    <message>
        <source>import</source>
        <translation>匯入</translation>
    </message>
</context>
<context>
    <name>audit_detail.kept</name>
    <message>
        <source>kept</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>audit_detail.kiosk</name>
    <message>
        <source>kiosk</source>
        <translation>機台</translation>
    </message>
</context>
<context>
    <name>audit_detail.kiosk_id</name>
    <message>
        <source>kiosk id</source>
        <translation>本機編號</translation>
    </message>
</context>
<context>
    <name>audit_detail.leads</name>
    <message>
        <source>leads</source>
        <translation>潛在客戶</translation>
    </message>
</context>
<context>
    <name>audit_detail.meeting</name>
    <message>
        <source>meeting</source>
        <translation>會面</translation>
    </message>
</context>
<context>
    <name>audit_detail.mode</name>
    <message>
        <source>mode</source>
        <translation>方式</translation>
    </message>
</context>
<context>
    <name>audit_detail.older_than_days</name>
    <message>
        <source>older than (days)</source>
        <translation>超過（日）</translation>
    </message>
</context>
<context>
    <name>audit_detail.position</name>
    <message>
        <source>position</source>
        <translation>位置</translation>
    </message>
</context>
<context>
    <name>audit_detail.reason</name>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>audit_detail.replaced</name>
    <message>
        <source>replaced</source>
        <translation>已取代</translation>
    </message>
</context>
<context>
    <name>audit_detail.revision</name>
    <message>
        <source>revision</source>
        <translation>版本</translation>
    </message>
</context>
<context>
    <name>audit_detail.seconds</name>
    <message>
        <source>seconds</source>
        <translation>秒數</translation>
    </message>
</context>
<context>
    <name>audit_detail.show_cursor</name>
    <message>
        <source>mouse cursor</source>
        <translation>滑鼠游標</translation>
    </message>
</context>
<context>
    <name>audit_detail.since</name>
    <message>
        <source>since</source>
        <translation>起始時間</translation>
    </message>
</context>
<context>
    <name>audit_detail.source</name>
    <message>
        <source>source</source>
        <translation>來源</translation>
    </message>
</context>
<context>
    <name>booking.no_matching</name>
    <message>
        <source>this event has no business matching sessions</source>
        <translation>本活動沒有商務配對場次</translation>
    </message>
</context>
<context>
    <name>booking.no_such_slot</name>
    <message>
        <source>{exhibitor} has no meeting slot at {when} (times are the event&apos;s, {zone})</source>
        <translation>{exhibitor} 在 {when} 沒有會面時段（時間為活動當地時間，{zone}）</translation>
    </message>
</context>
<context>
    <name>booking.not_taking_part</name>
    <message>
        <source>{exhibitor} does not take part in business matching</source>
        <translation>{exhibitor} 沒有參加商務配對</translation>
    </message>
</context>
<context>
    <name>booking.one_per_exhibitor</name>
    <message>
        <source>the visitor already has a meeting with {exhibitor}</source>
        <translation>訪客已與 {exhibitor} 有一個會面</translation>
    </message>
</context>
<context>
    <name>booking.same_time</name>
    <message>
        <source>the visitor already has a meeting at {when}</source>
        <translation>訪客在 {when} 已有另一個會面</translation>
    </message>
</context>
<context>
    <name>booking.slot_full</name>
    <message>
        <source>{exhibitor} is fully booked at {when}</source>
        <translation>{exhibitor} 在 {when} 已經額滿</translation>
    </message>
</context>
<context>
    <name>booking.slot_over</name>
    <message>
        <source>the slot at {when} is already over by this kiosk&apos;s clock</source>
        <translation>按本機時鐘，{when} 的時段已經結束</translation>
    </message>
</context>
<context>
    <name>contact_code.none</name>
    <message>
        <source>holds no QR code that can be read; export the WeChat or WeCom &apos;Contact me&apos; code again as a PNG and name that file</source>
        <translation>沒有可讀取的二維碼；請從微信或企業微信再次匯出「聯絡我」二維碼為 PNG，並填寫該檔案</translation>
    </message>
</context>
<context>
    <name>contact_code.not_contact</name>
    <message>
        <source>holds a QR code that is not a contact code (too long, or not text)</source>
        <translation>含有的二維碼不是聯絡二維碼（太長或不是文字）</translation>
    </message>
</context>
<context>
    <name>contact_code.several</name>
    <message>
        <source>holds {count} different QR codes; keep only the contact code</source>
        <translation>含有 {count} 個不同的二維碼；只保留聯絡二維碼</translation>
    </message>
</context>
<context>
    <name>contact_code.unreadable</name>
    <message>
        <source>cannot be read as an image: {detail}</source>
        <translation>無法當作圖片讀取：{detail}</translation>
    </message>
</context>
<context>
    <name>content.age_range</name>
    <message>
        <source>{value} is outside {low} to {high} years (default {default})</source>
        <translation>{value} 不在 {low} 至 {high} 歲之間（預設為 {default}）</translation>
    </message>
</context>
<context>
    <name>content.bad_character</name>
    <message>
        <source>contains {what} ({code}) at character {position}; this field is one line of plain text</source>
        <translation>第 {position} 個字元含有{what}（{code}）；此欄位只可填一行純文字</translation>
    </message>
</context>
<context>
    <name>content.bad_character_block</name>
    <message>
        <source>contains {what} ({code}) at character {position}; remove it</source>
        <translation>第 {position} 個字元含有{what}（{code}）；請刪除</translation>
    </message>
</context>
<context>
    <name>content.booth_half</name>
    <message>
        <source>is missing; give both x and y, or neither</source>
        <translation>缺少；x 和 y 要兩個都填或都不填</translation>
    </message>
</context>
<context>
    <name>content.brand_name</name>
    <message>
        <source>expected the brand name as one string (&quot;MICE² Macao x Hengqin&quot;)</source>
        <translation>品牌名稱應為一個字串（&quot;MICE² Macao x Hengqin&quot;）</translation>
    </message>
</context>
<context>
    <name>content.cross_border_language</name>
    <message>
        <source>is missing: {item} must be given in {language} too (PIPL Art. 39: the visitor is told it in the language they read)</source>
        <translation>缺少：{item}也必須以{language}提供（《個人信息保護法》第 39 條：須以訪客閱讀的語言告知）</translation>
    </message>
</context>
<context>
    <name>content.duplicate_id</name>
    <message>
        <source>{value} is already the id of {other}</source>
        <translation>{value} 已是 {other} 的 ID</translation>
    </message>
</context>
<context>
    <name>content.duplicate_key</name>
    <message>
        <source>is given twice in the same object; keep one</source>
        <translation>在同一物件中出現兩次；請保留一個</translation>
    </message>
</context>
<context>
    <name>content.empty</name>
    <message>
        <source>is empty</source>
        <translation>為空</translation>
    </message>
</context>
<context>
    <name>content.ends_before_start</name>
    <message>
        <source>{ends} is before the start ({starts})</source>
        <translation>{ends} 早於開始日期（{starts}）</translation>
    </message>
</context>
<context>
    <name>content.expected_boolean</name>
    <message>
        <source>expected true or false, got {got}</source>
        <translation>應為 true 或 false，卻是{got}</translation>
    </message>
</context>
<context>
    <name>content.expected_days</name>
    <message>
        <source>expected a whole number of days, got {got}</source>
        <translation>應為整數天數，卻是{got}</translation>
    </message>
</context>
<context>
    <name>content.expected_fraction</name>
    <message>
        <source>expected a number from 0 to 1, got {got}</source>
        <translation>應為 0 至 1 的數字，卻是{got}</translation>
    </message>
</context>
<context>
    <name>content.expected_image</name>
    <message>
        <source>expected the path of an image file, got {got}</source>
        <translation>應為圖片檔案的路徑，卻是{got}</translation>
    </message>
</context>
<context>
    <name>content.expected_list</name>
    <message>
        <source>expected a list [...], got {got}</source>
        <translation>應為清單 [...]，卻是{got}</translation>
    </message>
</context>
<context>
    <name>content.expected_ltext</name>
    <message>
        <source>expected text or an object of language → text ({{&quot;en&quot;: &quot;...&quot;, &quot;zh-Hant&quot;: &quot;...&quot;}}), got {got}</source>
        <translation>應為文字或「語言：文字」的物件（{{&quot;en&quot;: &quot;...&quot;, &quot;zh-Hant&quot;: &quot;...&quot;}}），卻是{got}</translation>
    </message>
</context>
<context>
    <name>content.expected_object</name>
    <message>
        <source>expected an object {{...}}, got {got}</source>
        <translation>應為物件 {{...}}，卻是{got}</translation>
    </message>
</context>
<context>
    <name>content.expected_text</name>
    <message>
        <source>expected text, got {got}</source>
        <translation>應為文字，卻是{got}</translation>
    </message>
</context>
<context>
    <name>content.expected_top_object</name>
    <message>
        <source>expected an object {{...}} at the top level, got {got}</source>
        <translation>最外層應為物件 {{...}}，卻是{got}</translation>
    </message>
</context>
<context>
    <name>content.expected_whole</name>
    <message>
        <source>expected a whole number, got {got}</source>
        <translation>應為整數，卻是{got}</translation>
    </message>
</context>
<context>
    <name>content.expected_years</name>
    <message>
        <source>expected a whole number of years, got {got}</source>
        <translation>應為整數歲數，卻是 {got}</translation>
    </message>
</context>
<context>
    <name>content.file_empty</name>
    <message>
        <source>is empty; an empty file is not a content pack</source>
        <translation>為空；空白檔案不是內容包</translation>
    </message>
</context>
<context>
    <name>content.file_missing</name>
    <message>
        <source>not found in {folder}; a pack is a folder holding it</source>
        <translation>在 {folder} 中找不到；內容包是一個包含此檔案的資料夾</translation>
    </message>
</context>
<context>
    <name>content.format</name>
    <message>
        <source>this kiosk reads format {expected}, not {value}</source>
        <translation>本機讀取格式 {expected}，而不是 {value}</translation>
    </message>
</context>
<context>
    <name>content.fraction_range</name>
    <message>
        <source>{value} is outside 0 to 1 (a fraction of the map&apos;s size)</source>
        <translation>{value} 不在 0 至 1 之間（地圖尺寸的比例）</translation>
    </message>
</context>
<context>
    <name>content.json_invalid</name>
    <message>
        <source>not valid JSON: {detail}</source>
        <translation>不是有效的 JSON：{detail}</translation>
    </message>
</context>
<context>
    <name>content.json_syntax</name>
    <message>
        <source>line {line}, column {column}: {detail}</source>
        <translation>第 {line} 行第 {column} 欄：{detail}</translation>
    </message>
</context>
<context>
    <name>content.language</name>
    <message>
        <source>{value} is not a language of the kiosk (one of {known})</source>
        <translation>{value} 不是本機支援的語言（可選：{known}）</translation>
    </message>
</context>
<context>
    <name>content.language_hint</name>
    <message>
        <source>{value} is not a language of the kiosk; did you mean &quot;{suggestion}&quot;?</source>
        <translation>{value} 不是本機支援的語言；您是否指 &quot;{suggestion}&quot;？</translation>
    </message>
</context>
<context>
    <name>content.list_empty</name>
    <message>
        <source>is empty; at least {count} is required</source>
        <translation>為空；至少需要 {count} 項</translation>
    </message>
</context>
<context>
    <name>content.load_failed</name>
    <message>
        <source>could not be checked or loaded: {detail}</source>
        <translation>無法檢查或載入：{detail}</translation>
    </message>
</context>
<context>
    <name>content.lone_surrogate</name>
    <message>
        <source>line {line}, column {column}: {escape} is half of a UTF-16 pair, not a character</source>
        <translation>第 {line} 行第 {column} 欄：{escape} 只是 UTF-16 字元對的一半，不是字元</translation>
    </message>
</context>
<context>
    <name>content.matching_mode</name>
    <message>
        <source>{value} is not a mode; use {first} or {second}</source>
        <translation>{value} 不是模式；請用 {first} 或 {second}</translation>
    </message>
</context>
<context>
    <name>content.no_folder</name>
    <message>
        <source>no such folder</source>
        <translation>沒有此資料夾</translation>
    </message>
</context>
<context>
    <name>content.no_text</name>
    <message>
        <source>has no text in any language; give at least one, e.g. &quot;en&quot;</source>
        <translation>沒有任何語言的文字；請至少提供一種，例如 &quot;en&quot;</translation>
    </message>
</context>
<context>
    <name>content.not_a_pack_folder</name>
    <message>
        <source>is not a folder holding content.json</source>
        <translation>不是包含 content.json 的資料夾</translation>
    </message>
</context>
<context>
    <name>content.not_utf8</name>
    <message>
        <source>is not UTF-8 text: byte {byte} at line {line}, column {column} (byte offset {offset}); save the file as UTF-8</source>
        <translation>不是 UTF-8 文字：第 {line} 行第 {column} 欄的位元組 {byte}（位元組位置 {offset}）；請將檔案儲存為 UTF-8</translation>
    </message>
</context>
<context>
    <name>content.positions_no_map</name>
    <message>
        <source>a pavilion without a map has no positions on it</source>
        <translation>沒有地圖的展館不能有位置</translation>
    </message>
</context>
<context>
    <name>content.qr_too_big</name>
    <message>
        <source>its {kind} QR code ({language}) would hold {size:,} bytes; a QR code holds at most {limit:,} at the kiosk&apos;s error correction ({level}): shorten {shorten}</source>
        <translation>其{kind}二維碼（{language}）會有 {size:,} 位元組；以本機的糾錯等級（{level}），二維碼最多只可容納 {limit:,}：請縮短 {shorten}</translation>
    </message>
</context>
<context>
    <name>content.question_type</name>
    <message>
        <source>{value} is not one of {kinds}</source>
        <translation>{value} 不是 {kinds} 其中之一</translation>
    </message>
</context>
<context>
    <name>content.reference</name>
    <message>
        <source>{value} is not the id of any {what}</source>
        <translation>{value} 不是任何{what}的 ID</translation>
    </message>
</context>
<context>
    <name>content.reference_hint</name>
    <message>
        <source>{value} is not the id of any {what}; did you mean &quot;{suggestion}&quot;?</source>
        <translation>{value} 不是任何{what}的 ID；您是否指 &quot;{suggestion}&quot;？</translation>
    </message>
</context>
<context>
    <name>content.reference_known</name>
    <message>
        <source>{value} is not the id of any {what} (known: {known})</source>
        <translation>{value} 不是任何{what}的 ID（已有：{known}）</translation>
    </message>
</context>
<context>
    <name>content.required_empty</name>
    <message>
        <source>is empty; this field is required</source>
        <translation>為空；此欄位為必填</translation>
    </message>
</context>
<context>
    <name>content.required_missing</name>
    <message>
        <source>is missing; this field is required</source>
        <translation>缺少；此欄位為必填</translation>
    </message>
</context>
<context>
    <name>content.required_null</name>
    <message>
        <source>is null; this field is required</source>
        <translation>為 null；此欄位為必填</translation>
    </message>
</context>
<context>
    <name>content.retention_range</name>
    <message>
        <source>{value} is outside 1 to {limit} days</source>
        <translation>{value} 不在 1 至 {limit} 日之間</translation>
    </message>
</context>
<context>
    <name>content.role</name>
    <message>
        <source>{value} is not a purpose role (known: {known})</source>
        <translation>{value} 不是用途角色（已有：{known}）</translation>
    </message>
</context>
<context>
    <name>content.role_hint</name>
    <message>
        <source>{value} is not a purpose role; did you mean &quot;{suggestion}&quot;?</source>
        <translation>{value} 不是用途角色；您是否指 &quot;{suggestion}&quot;？</translation>
    </message>
</context>
<context>
    <name>content.role_repeated</name>
    <message>
        <source>{value} is already the role of {other}; one purpose per role</source>
        <translation>{value} 已是 {other} 的角色；每個角色只可有一個用途</translation>
    </message>
</context>
<context>
    <name>content.sector_repeated</name>
    <message>
        <source>names the same sector more than once</source>
        <translation>同一行業列出了多於一次</translation>
    </message>
</context>
<context>
    <name>content.session_end</name>
    <message>
        <source>{end} is not after the start ({start})</source>
        <translation>{end} 不晚於開始時間（{start}）</translation>
    </message>
</context>
<context>
    <name>content.session_outside_event</name>
    <message>
        <source>{day} is outside the event ({starts} to {ends})</source>
        <translation>{day} 不在活動期間內（{starts} 至 {ends}）</translation>
    </message>
</context>
<context>
    <name>content.sessions_overlap</name>
    <message>
        <source>sessions &quot;{first}&quot; and &quot;{second}&quot; overlap; an exhibitor takes part in one session at a time</source>
        <translation>場次 &quot;{first}&quot; 與 &quot;{second}&quot; 時間重疊；參展商一次只可參加一個場次</translation>
    </message>
</context>
<context>
    <name>content.slot_too_long</name>
    <message>
        <source>{slot} minutes do not fit in the session ({start} to {end})</source>
        <translation>{slot} 分鐘放不進此場次（{start} 至 {end}）</translation>
    </message>
</context>
<context>
    <name>content.svg_not_here</name>
    <message>
        <source>{path} is an SVG image; SVG is taken for the brand logo only, use PNG, JPEG or WebP here</source>
        <translation>{path} 是 SVG 圖片；SVG 僅用於品牌標誌，此處請使用 PNG、JPEG 或 WebP</translation>
    </message>
</context>
<context>
    <name>content.text_question_choices</name>
    <message>
        <source>a text question has no choices; remove them or use single</source>
        <translation>文字題沒有選項；請刪除選項或改用 single</translation>
    </message>
</context>
<context>
    <name>content.too_deep</name>
    <message>
        <source>is nested too deeply to be a content pack</source>
        <translation>巢狀層數太多，不可能是內容包</translation>
    </message>
</context>
<context>
    <name>content.too_few_choices</name>
    <message>
        <source>a {kind} choice question needs at least 2 choices</source>
        <translation>{kind} 選擇題至少需要 2 個選項</translation>
    </message>
</context>
<context>
    <name>content.too_long</name>
    <message>
        <source>is {length:,} characters long; at most {limit:,} are allowed</source>
        <translation>長 {length:,} 個字元；最多只可 {limit:,} 個</translation>
    </message>
</context>
<context>
    <name>content.too_many_choices</name>
    <message>
        <source>has {count} choices; at most {limit}</source>
        <translation>有 {count} 個選項；最多 {limit} 個</translation>
    </message>
</context>
<context>
    <name>content.too_many_exhibitors</name>
    <message>
        <source>{count:,} exhibitors; a pack may hold at most {limit:,}</source>
        <translation>有 {count:,} 個參展商；一個內容包最多只可有 {limit:,} 個</translation>
    </message>
</context>
<context>
    <name>content.too_many_positions</name>
    <message>
        <source>has {count} positions; a map may have at most {limit}</source>
        <translation>有 {count} 個位置；每張地圖最多 {limit} 個</translation>
    </message>
</context>
<context>
    <name>content.too_many_questions</name>
    <message>
        <source>has {count} questions; an exhibitor may ask at most {limit}</source>
        <translation>有 {count} 條問題；每個參展商最多只可問 {limit} 條</translation>
    </message>
</context>
<context>
    <name>content.too_many_sessions</name>
    <message>
        <source>{count} sessions; at most {limit}</source>
        <translation>有 {count} 個場次；最多 {limit} 個</translation>
    </message>
</context>
<context>
    <name>content.unknown_field</name>
    <message>
        <source>unknown field (allowed: {allowed})</source>
        <translation>未知欄位（可用欄位：{allowed}）</translation>
    </message>
</context>
<context>
    <name>content.unknown_field_hint</name>
    <message>
        <source>unknown field; did you mean &quot;{suggestion}&quot;?</source>
        <translation>未知欄位；您是否指 &quot;{suggestion}&quot;？</translation>
    </message>
</context>
<context>
    <name>content.whole_range</name>
    <message>
        <source>{value} is outside {low} to {high:,}</source>
        <translation>{value} 不在 {low} 至 {high:,} 之間</translation>
    </message>
</context>
<context>
    <name>export.failed</name>
    <message>
        <source>The export failed.</source>
        <translation>匯出失敗。</translation>
    </message>
</context>
<context>
    <name>export.full</name>
    <message>
        <source>The drive is full.</source>
        <translation>儲存裝置已滿。</translation>
    </message>
</context>
<context>
    <name>export.gone</name>
    <message>
        <source>The drive is no longer there. Was it pulled out?</source>
        <translation>找不到儲存裝置，是否已被拔出？</translation>
    </message>
</context>
<context>
    <name>export.read_only</name>
    <message>
        <source>The drive is read-only.</source>
        <translation>儲存裝置為唯讀。</translation>
    </message>
</context>
<context>
    <name>export.zip_differ</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>兩次輸入的密碼不同。</translation>
    </message>
</context>
<context>
    <name>export.zip_hint</name>
    <message>
        <source>Give the password to the recipient separately, never on the drive.</source>
        <translation>請另行把密碼交給收件人，切勿存放在隨身碟上。</translation>
    </message>
</context>
<context>
    <name>export.zip_short</name>
    <message>
        <source>At least {min} characters.</source>
        <translation>至少 {min} 個字元。</translation>
    </message>
</context>
<context>
    <name>field.country</name>
    <message>
        <source>{value} is not an ISO 3166-1 alpha-2 country code (e.g. MO, CN, PT, BR)</source>
        <translation>{value} 不是 ISO 3166-1 兩字母國家或地區代碼（例如 MO、CN、PT、BR）</translation>
    </message>
</context>
<context>
    <name>field.country_case</name>
    <message>
        <source>{value} is not a country code; did you mean &quot;{code}&quot;?</source>
        <translation>{value} 不是國家或地區代碼；您是否指 &quot;{code}&quot;？</translation>
    </message>
</context>
<context>
    <name>field.country_slip</name>
    <message>
        <source>{value} is not an ISO 3166-1 code; use &quot;{code}&quot;</source>
        <translation>{value} 不是 ISO 3166-1 代碼；請用 &quot;{code}&quot;</translation>
    </message>
</context>
<context>
    <name>field.date</name>
    <message>
        <source>{value} is not a date in the form YYYY-MM-DD</source>
        <translation>{value} 不是 YYYY-MM-DD 格式的日期</translation>
    </message>
</context>
<context>
    <name>field.date_unreal</name>
    <message>
        <source>{value} is not a real date</source>
        <translation>{value} 不是真實存在的日期</translation>
    </message>
</context>
<context>
    <name>field.email</name>
    <message>
        <source>{value} is not an email address (e.g. name@example.com)</source>
        <translation>{value} 不是電郵地址（例如 name@example.com）</translation>
    </message>
</context>
<context>
    <name>field.identifier</name>
    <message>
        <source>{value} is not a valid id: use 1 to 64 lower-case letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;, starting with a letter or digit</source>
        <translation>{value} 不是有效的 ID：請使用 1 至 64 個小寫字母、數字、&quot;.&quot;、&quot;_&quot; 或 &quot;-&quot;，並以字母或數字開頭</translation>
    </message>
</context>
<context>
    <name>field.language</name>
    <message>
        <source>{value} is not a language tag (the kiosk shows {tags})</source>
        <translation>{value} 不是語言代碼（本機顯示 {tags}）</translation>
    </message>
</context>
<context>
    <name>field.language_case</name>
    <message>
        <source>language {value} must be written &quot;{tag}&quot;</source>
        <translation>語言 {value} 必須寫成 &quot;{tag}&quot;</translation>
    </message>
</context>
<context>
    <name>field.phone</name>
    <message>
        <source>{value} is not a phone number</source>
        <translation>{value} 不是電話號碼</translation>
    </message>
</context>
<context>
    <name>field.phone_plus</name>
    <message>
        <source>{value} is not an international phone number: start with &quot;+&quot; and the country code, e.g. &quot;+853 2871 0300&quot;</source>
        <translation>{value} 不是國際電話號碼：請以 &quot;+&quot; 及國家或地區編號開頭，例如 &quot;+853 2871 0300&quot;</translation>
    </message>
</context>
<context>
    <name>field.phone_reason</name>
    <message>
        <source>{value} is not a phone number: {reason}</source>
        <translation>{value} 不是電話號碼：{reason}</translation>
    </message>
</context>
<context>
    <name>field.time</name>
    <message>
        <source>{value} is not a time of day in the form HH:MM (e.g. 09:30)</source>
        <translation>{value} 不是 HH:MM 格式的時間（例如 09:30）</translation>
    </message>
</context>
<context>
    <name>field.timezone</name>
    <message>
        <source>{value} is not an IANA time zone (e.g. Asia/Shanghai, Asia/Macau)</source>
        <translation>{value} 不是 IANA 時區（例如 Asia/Shanghai、Asia/Macau）</translation>
    </message>
</context>
<context>
    <name>field.timezone_hint</name>
    <message>
        <source>{value} is not an IANA time zone (e.g. Asia/Shanghai, Asia/Macau); did you mean &quot;{suggestion}&quot;?</source>
        <translation>{value} 不是 IANA 時區（例如 Asia/Shanghai、Asia/Macau）；您是否指 &quot;{suggestion}&quot;？</translation>
    </message>
</context>
<context>
    <name>field.website_host</name>
    <message>
        <source>{value} is not a web address: it has no valid host name</source>
        <translation>{value} 不是網址：沒有有效的主機名稱</translation>
    </message>
</context>
<context>
    <name>field.website_scheme</name>
    <message>
        <source>{value} is not a web address: it must start with &quot;https://&quot;</source>
        <translation>{value} 不是網址：必須以 &quot;https://&quot; 開頭</translation>
    </message>
</context>
<context>
    <name>file.grew</name>
    <message>
        <source>is larger than {limit}, the most it may be</source>
        <translation>大於 {limit}，超出上限</translation>
    </message>
</context>
<context>
    <name>file.not_a_file</name>
    <message>
        <source>is {kind}, not a file</source>
        <translation>是{kind}，不是檔案</translation>
    </message>
</context>
<context>
    <name>file.too_big</name>
    <message>
        <source>is {size}; it may be at most {limit}</source>
        <translation>大小為 {size}；最多只可 {limit}</translation>
    </message>
</context>
<context>
    <name>file.unreadable</name>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>無法讀取：{reason}</translation>
    </message>
</context>
<context>
    <name>image.damaged</name>
    <message>
        <source>is damaged and cannot be decoded ({detail})</source>
        <translation>已損毀，無法解碼（{detail}）</translation>
    </message>
</context>
<context>
    <name>image.empty_file</name>
    <message>
        <source>is an empty file</source>
        <translation>是空白檔案</translation>
    </message>
</context>
<context>
    <name>image.format</name>
    <message>
        <source>is a {format} image; use PNG, JPEG or WebP</source>
        <translation>是 {format} 圖片；請使用 PNG、JPEG 或 WebP</translation>
    </message>
</context>
<context>
    <name>image.not_a_file</name>
    <message>
        <source>{path} is {kind}, not an image file</source>
        <translation>{path} 是{kind}，不是圖片檔案</translation>
    </message>
</context>
<context>
    <name>image.not_found</name>
    <message>
        <source>file {path} not found in the pack</source>
        <translation>內容包內找不到檔案 {path}</translation>
    </message>
</context>
<context>
    <name>image.not_found_case</name>
    <message>
        <source>file {path} not found in the pack; did you mean &quot;{suggestion}&quot;? (letter case matters)</source>
        <translation>內容包內找不到檔案 {path}；您是否指 &quot;{suggestion}&quot;？（大小寫有分別）</translation>
    </message>
</context>
<context>
    <name>image.not_found_case_workbook</name>
    <message>
        <source>file {path} not found beside the workbook; did you mean &quot;{suggestion}&quot;? (letter case matters)</source>
        <translation>活頁簿旁找不到檔案 {path}；您是否指 &quot;{suggestion}&quot;？（大小寫有分別）</translation>
    </message>
</context>
<context>
    <name>image.not_found_near</name>
    <message>
        <source>file {path} not found in the pack (in {folder}; did you mean &quot;{suggestion}&quot;?)</source>
        <translation>內容包內找不到檔案 {path}（在 {folder} 內；您是否指 &quot;{suggestion}&quot;？）</translation>
    </message>
</context>
<context>
    <name>image.not_found_near_workbook</name>
    <message>
        <source>file {path} not found beside the workbook (in {folder}; did you mean &quot;{suggestion}&quot;?)</source>
        <translation>活頁簿旁找不到檔案 {path}（在 {folder} 內；您是否指 &quot;{suggestion}&quot;？）</translation>
    </message>
</context>
<context>
    <name>image.not_found_workbook</name>
    <message>
        <source>file {path} not found beside the workbook</source>
        <translation>活頁簿旁找不到檔案 {path}</translation>
    </message>
</context>
<context>
    <name>image.not_image</name>
    <message>
        <source>is not an image (PNG, JPEG or WebP)</source>
        <translation>不是圖片（PNG、JPEG 或 WebP）</translation>
    </message>
</context>
<context>
    <name>image.path_absolute</name>
    <message>
        <source>{path} is an absolute path; give a path relative to the pack folder</source>
        <translation>{path} 是絕對路徑；請填寫相對於內容包資料夾的路徑</translation>
    </message>
</context>
<context>
    <name>image.path_absolute_workbook</name>
    <message>
        <source>{path} is an absolute path; give a path relative to the workbook&apos;s folder</source>
        <translation>{path} 是絕對路徑；請填寫相對於活頁簿所在資料夾的路徑</translation>
    </message>
</context>
<context>
    <name>image.path_backslash</name>
    <message>
        <source>{path} contains a backslash; write paths with forward slashes (&quot;images/a.png&quot;)</source>
        <translation>{path} 含有反斜線；路徑請用正斜線（&quot;images/a.png&quot;）</translation>
    </message>
</context>
<context>
    <name>image.path_control</name>
    <message>
        <source>{path} contains a control or invalid character</source>
        <translation>{path} 含有控制字元或無效字元</translation>
    </message>
</context>
<context>
    <name>image.path_empty</name>
    <message>
        <source>is empty; give the image&apos;s path inside the pack folder</source>
        <translation>為空；請填寫圖片在內容包資料夾內的路徑</translation>
    </message>
</context>
<context>
    <name>image.path_empty_workbook</name>
    <message>
        <source>is empty; give the image&apos;s path inside the workbook&apos;s folder</source>
        <translation>為空；請填寫圖片在活頁簿所在資料夾內的路徑</translation>
    </message>
</context>
<context>
    <name>image.path_folder</name>
    <message>
        <source>{path} names the pack folder, not an image file</source>
        <translation>{path} 指向內容包資料夾本身，而不是圖片檔案</translation>
    </message>
</context>
<context>
    <name>image.path_folder_workbook</name>
    <message>
        <source>{path} names the workbook&apos;s folder, not an image file</source>
        <translation>{path} 指向活頁簿所在的資料夾，而不是圖片檔案</translation>
    </message>
</context>
<context>
    <name>image.path_link</name>
    <message>
        <source>{path} leaves the pack folder (it is a link to {target}); copy the image into the pack instead</source>
        <translation>{path} 指向內容包資料夾以外（是連往 {target} 的連結）；請把圖片複製到內容包內</translation>
    </message>
</context>
<context>
    <name>image.path_link_workbook</name>
    <message>
        <source>{path} leaves the workbook&apos;s folder (it is a link to {target}); copy the image into the folder instead</source>
        <translation>{path} 指向活頁簿所在資料夾以外（是連往 {target} 的連結）；請把圖片複製到該資料夾內</translation>
    </message>
</context>
<context>
    <name>image.path_parent</name>
    <message>
        <source>{path} leaves the pack folder (&quot;..&quot; is not allowed)</source>
        <translation>{path} 指向內容包資料夾以外（不可使用 &quot;..&quot;）</translation>
    </message>
</context>
<context>
    <name>image.path_parent_workbook</name>
    <message>
        <source>{path} leaves the workbook&apos;s folder (&quot;..&quot; is not allowed)</source>
        <translation>{path} 指向活頁簿所在資料夾以外（不可使用 &quot;..&quot;）</translation>
    </message>
</context>
<context>
    <name>image.problem</name>
    <message>
        <source>{path} {problem}</source>
        <translation>{path} {problem}</translation>
    </message>
</context>
<context>
    <name>image.too_big</name>
    <message>
        <source>is {size}; images may be at most {limit}</source>
        <translation>大小為 {size}；圖片最多只可 {limit}</translation>
    </message>
</context>
<context>
    <name>image.too_large</name>
    <message>
        <source>is {width}×{height} pixels; images may be at most {limit}×{limit}</source>
        <translation>尺寸為 {width}×{height} 像素；圖片最大只可 {limit}×{limit}</translation>
    </message>
</context>
<context>
    <name>image.too_many_pixels</name>
    <message>
        <source>has more pixels than the kiosk decodes (at most {limit}×{limit})</source>
        <translation>像素多於本機可解碼的上限（最多 {limit}×{limit}）</translation>
    </message>
</context>
<context>
    <name>image.unconvertible</name>
    <message>
        <source>cannot be converted: {detail}</source>
        <translation>無法轉換：{detail}</translation>
    </message>
</context>
<context>
    <name>image.uncopyable</name>
    <message>
        <source>cannot be copied: it {problem}</source>
        <translation>無法複製：{problem}</translation>
    </message>
</context>
<context>
    <name>image.unopenable</name>
    <message>
        <source>{path} cannot be opened: {reason}</source>
        <translation>無法開啟 {path}：{reason}</translation>
    </message>
</context>
<context>
    <name>json.bad_escape</name>
    <message>
        <source>a backslash escape that JSON does not know</source>
        <translation>JSON 不認識的反斜線跳脫序列</translation>
    </message>
</context>
<context>
    <name>json.control_character</name>
    <message>
        <source>a control character (a line break or tab) inside a text; write it as \n or \t</source>
        <translation>文字中有控制字元（換行或 Tab）；請寫成 \n 或 \t</translation>
    </message>
</context>
<context>
    <name>json.expecting_colon</name>
    <message>
        <source>a colon (:) is expected here</source>
        <translation>此處應有冒號（:）</translation>
    </message>
</context>
<context>
    <name>json.expecting_comma</name>
    <message>
        <source>a comma (,) is expected here</source>
        <translation>此處應有逗號（,）</translation>
    </message>
</context>
<context>
    <name>json.expecting_name</name>
    <message>
        <source>a field name in double quotes is expected here</source>
        <translation>此處應有以雙引號括住的欄位名稱</translation>
    </message>
</context>
<context>
    <name>json.expecting_value</name>
    <message>
        <source>a value is expected here</source>
        <translation>此處應有一個值</translation>
    </message>
</context>
<context>
    <name>json.extra_data</name>
    <message>
        <source>more data after the end of the document</source>
        <translation>文件結尾之後還有其他資料</translation>
    </message>
</context>
<context>
    <name>json.unterminated_string</name>
    <message>
        <source>a text starting here has no closing double quote</source>
        <translation>由此開始的文字沒有結尾的雙引號</translation>
    </message>
</context>
<context>
    <name>lead.answer.not_a_choice</name>
    <message>
        <source>Please choose from the answers offered.</source>
        <translation>請從提供的答案中選擇。</translation>
    </message>
</context>
<context>
    <name>lead.answer.not_a_choice_of</name>
    <message>
        <source>Please choose from the answers offered ({choices}).</source>
        <translation>請從提供的答案中選擇（{choices}）。</translation>
    </message>
</context>
<context>
    <name>lead.answer.not_chosen</name>
    <message>
        <source>Answers are only for the exhibitors you chose; {id} is not one of them.</source>
        <translation>答案只適用於您選擇的參展商；{id} 不在其中。</translation>
    </message>
</context>
<context>
    <name>lead.answer.one_choice</name>
    <message>
        <source>Please choose one answer only.</source>
        <translation>請只選擇一個答案。</translation>
    </message>
</context>
<context>
    <name>lead.answer.required</name>
    <message>
        <source>Please answer this question.</source>
        <translation>請回答此問題。</translation>
    </message>
</context>
<context>
    <name>lead.answer.too_long</name>
    <message>
        <source>Please shorten your answer to {max} characters.</source>
        <translation>請將答案縮短至{max}個字元。</translation>
    </message>
</context>
<context>
    <name>lead.answer.unknown</name>
    <message>
        <source>This question is not part of the event: {id}.</source>
        <translation>此問題不屬於本活動：{id}。</translation>
    </message>
</context>
<context>
    <name>lead.company.too_long</name>
    <message>
        <source>Please shorten the company name to {max} characters.</source>
        <translation>公司名稱請勿超過 {max} 個字元。</translation>
    </message>
</context>
<context>
    <name>lead.consent.required</name>
    <message>
        <source>This consent is needed: without it we cannot pass your details on for this purpose, so the form cannot be sent.</source>
        <translation>必須勾選此項：否則我們無法為此目的轉交您的資料，表格亦無法提交。</translation>
    </message>
</context>
<context>
    <name>lead.consent.unknown</name>
    <message>
        <source>This consent purpose is not part of the event: {id}.</source>
        <translation>此同意用途不屬於本活動：{id}。</translation>
    </message>
</context>
<context>
    <name>lead.contact.required</name>
    <message>
        <source>Please give an email address or a phone number so that we can reply.</source>
        <translation>請提供電郵地址或電話號碼，以便我們回覆您。</translation>
    </message>
</context>
<context>
    <name>lead.country.unknown</name>
    <message>
        <source>Please choose a country or region from the list.</source>
        <translation>請從列表中選擇國家或地區。</translation>
    </message>
</context>
<context>
    <name>lead.email.invalid</name>
    <message>
        <source>Please check the email address (for example name@example.com).</source>
        <translation>請檢查電郵地址（例如 name@example.com）。</translation>
    </message>
</context>
<context>
    <name>lead.email.too_long</name>
    <message>
        <source>This email address is too long.</source>
        <translation>電郵地址過長。</translation>
    </message>
</context>
<context>
    <name>lead.exhibitors.too_many</name>
    <message>
        <source>Please choose at most {max} exhibitors.</source>
        <translation>最多只可選擇 {max} 個參展商。</translation>
    </message>
</context>
<context>
    <name>lead.exhibitors.unknown</name>
    <message>
        <source>This exhibitor is not part of the event: {id}.</source>
        <translation>此參展商不屬於本活動：{id}。</translation>
    </message>
</context>
<context>
    <name>lead.family_name.too_long</name>
    <message>
        <source>Please shorten your family name to {max} characters.</source>
        <translation>請將姓氏縮短至{max}個字元。</translation>
    </message>
</context>
<context>
    <name>lead.field.invalid</name>
    <message>
        <source>This value cannot be used.</source>
        <translation>此內容無法使用。</translation>
    </message>
</context>
<context>
    <name>lead.given_name.too_long</name>
    <message>
        <source>Please shorten your given name(s) to {max} characters.</source>
        <translation>請將名字縮短至{max}個字元。</translation>
    </message>
</context>
<context>
    <name>lead.job_title.too_long</name>
    <message>
        <source>Please shorten the job title to {max} characters.</source>
        <translation>職位請勿超過 {max} 個字元。</translation>
    </message>
</context>
<context>
    <name>lead.matching.no_exhibitors</name>
    <message>
        <source>Choose at least one exhibitor you would like to meet.</source>
        <translation>請至少選擇一個您希望會面的參展商。</translation>
    </message>
</context>
<context>
    <name>lead.matching_day.invalid</name>
    <message>
        <source>Please choose a day from the list.</source>
        <translation>請從列表中選擇日期。</translation>
    </message>
</context>
<context>
    <name>lead.matching_day.out_of_range</name>
    <message>
        <source>Please choose a day between {starts} and {ends}.</source>
        <translation>請選擇 {starts} 至 {ends} 之間的日期。</translation>
    </message>
</context>
<context>
    <name>lead.matching_slot.invalid</name>
    <message>
        <source>Please choose morning or afternoon.</source>
        <translation>請選擇上午或下午。</translation>
    </message>
</context>
<context>
    <name>lead.message.too_long</name>
    <message>
        <source>Please shorten your message to {max} characters (it has {length}).</source>
        <translation>留言請勿超過 {max} 個字元（目前為 {length} 個）。</translation>
    </message>
</context>
<context>
    <name>lead.name.required</name>
    <message>
        <source>Please enter your name.</source>
        <translation>請輸入您的姓名。</translation>
    </message>
</context>
<context>
    <name>lead.name.too_long</name>
    <message>
        <source>Please shorten your name to {max} characters.</source>
        <translation>姓名請勿超過 {max} 個字元。</translation>
    </message>
</context>
<context>
    <name>lead.phone.invalid</name>
    <message>
        <source>Please check the phone number and the country or region.</source>
        <translation>請檢查電話號碼及所選的國家或地區。</translation>
    </message>
</context>
<context>
    <name>lead.phone.needs_country</name>
    <message>
        <source>Choose your country or region, or start the number with +.</source>
        <translation>請選擇您的國家或地區，或以「+」開頭輸入號碼。</translation>
    </message>
</context>
<context>
    <name>lead.phone.too_long</name>
    <message>
        <source>This phone number is too long.</source>
        <translation>電話號碼過長。</translation>
    </message>
</context>
<context>
    <name>lead.save.disk_full</name>
    <message>
        <source>Sorry, your details could not be saved because the kiosk&apos;s storage is full. Everything you entered is still here: please ask a member of staff for help.</source>
        <translation>抱歉，本機儲存空間已滿，未能儲存您的資料。您輸入的內容均已保留：請向工作人員求助。</translation>
    </message>
</context>
<context>
    <name>lead.save.failed</name>
    <message>
        <source>Sorry, your details could not be saved just now. Everything you entered is still here: please try again in a moment, or ask a member of staff for help.</source>
        <translation>抱歉，暫時未能儲存您的資料。您輸入的內容均已保留：請稍後再試，或向工作人員求助。</translation>
    </message>
</context>
<context>
    <name>lead.save.locked</name>
    <message>
        <source>Sorry, the kiosk is busy for a moment and could not save your details. Everything you entered is still here: please send it again.</source>
        <translation>抱歉，本機暫時忙碌，未能儲存您的資料。您輸入的內容均已保留：請再提交一次。</translation>
    </message>
</context>
<context>
    <name>lead.save.read_only</name>
    <message>
        <source>Sorry, the kiosk cannot save details at the moment. Everything you entered is still here: please ask a member of staff for help.</source>
        <translation>抱歉，本機目前無法儲存資料。您輸入的內容均已保留：請向工作人員求助。</translation>
    </message>
</context>
<context>
    <name>lead.save.slot_full</name>
    <message>
        <source>Sorry, a meeting slot you chose has just been booked by someone else. Everything you entered is still here: please choose another time.</source>
        <translation>抱歉，您所選的會面時段剛被他人預約。您輸入的所有資料仍在：請選擇其他時間。</translation>
    </message>
</context>
<context>
    <name>lead.save.slot_over</name>
    <message>
        <source>Sorry, a meeting slot you chose has already started. Everything you entered is still here: please choose another time.</source>
        <translation>抱歉，您所選的會面時段已經開始。您輸入的所有資料仍在：請選擇其他時間。</translation>
    </message>
</context>
<context>
    <name>lead.sectors.too_many</name>
    <message>
        <source>Please choose at most {max} sectors.</source>
        <translation>最多只可選擇 {max} 個行業。</translation>
    </message>
</context>
<context>
    <name>lead.sectors.unknown</name>
    <message>
        <source>This sector is not part of the event: {id}.</source>
        <translation>此行業不屬於本活動：{id}。</translation>
    </message>
</context>
<context>
    <name>matching.cannot_change</name>
    <message>
        <source>meeting {meeting} is {status}; it cannot be {action}</source>
        <translation>會面 {meeting} 目前{status}；不能{action}</translation>
    </message>
</context>
<context>
    <name>matching.not_movable</name>
    <message>
        <source>meeting {meeting} is {status}; only a booked one moves</source>
        <translation>會面 {meeting} 目前{status}；只有已預約的會面可以更改時間</translation>
    </message>
</context>
<context>
    <name>matching.other_event</name>
    <message>
        <source>the meeting&apos;s event is not the one loaded</source>
        <translation>此會面所屬的活動不是目前載入的活動</translation>
    </message>
</context>
<context>
    <name>meeting.cancel</name>
    <message>
        <source>cancelled</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>meeting.cancelled</name>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>meeting.confirm</name>
    <message>
        <source>confirmed</source>
        <translation>確認</translation>
    </message>
</context>
<context>
    <name>meeting.confirmed</name>
    <message>
        <source>Confirmed</source>
        <translation>已確認</translation>
    </message>
</context>
<context>
    <name>meeting.conflict</name>
    <message>
        <source>Conflict: table given to another visitor</source>
        <translation>衝突：桌位已給予另一位訪客</translation>
    </message>
</context>
<context>
    <name>meeting.mark_no_show</name>
    <message>
        <source>marked as a no-show</source>
        <translation>標記為未出席</translation>
    </message>
</context>
<context>
    <name>meeting.no_show</name>
    <message>
        <source>No-show</source>
        <translation>未出席</translation>
    </message>
</context>
<context>
    <name>meeting.pending</name>
    <message>
        <source>Pending confirmation</source>
        <translation>待確認</translation>
    </message>
</context>
<context>
    <name>pin.common</name>
    <message>
        <source>the PIN is one of the most common PINs; choose one nobody would guess</source>
        <translation>此密碼是最常見的密碼之一；請選一個別人猜不到的</translation>
    </message>
</context>
<context>
    <name>pin.digits</name>
    <message>
        <source>the PIN must be digits only</source>
        <translation>密碼只可包含數字</translation>
    </message>
</context>
<context>
    <name>pin.long</name>
    <message>
        <source>the PIN must have at most {max} digits</source>
        <translation>密碼最多只可有 {max} 位數字</translation>
    </message>
</context>
<context>
    <name>pin.pattern</name>
    <message>
        <source>the PIN must not repeat a group of digits (121212, 123123, 112233) or read the same backwards (123321)</source>
        <translation>密碼不可重複一組數字（121212、123123、112233），也不可前後對稱（123321）</translation>
    </message>
</context>
<context>
    <name>pin.repeat</name>
    <message>
        <source>the PIN must not repeat one digit</source>
        <translation>密碼不可只重複同一個數字</translation>
    </message>
</context>
<context>
    <name>pin.run</name>
    <message>
        <source>the PIN must not climb or fall in equal steps, such as 123456, 654321 or 135791</source>
        <translation>密碼不可按相同間距遞增或遞減，例如 123456、654321 或 135791</translation>
    </message>
</context>
<context>
    <name>pin.short</name>
    <message>
        <source>the PIN must have at least {min} digits</source>
        <translation>密碼至少要有 {min} 位數字</translation>
    </message>
</context>
<context>
    <name>pin.varied</name>
    <message>
        <source>the PIN must use at least 3 different digits, none in more than half the places (not 000001 or 121211)</source>
        <translation>密碼至少要用 3 個不同的數字，且任何一個數字都不可佔一半以上的位置（不可為 000001 或 121211）</translation>
    </message>
</context>
<context>
    <name>position.both</name>
    <message>
        <source>position: give a position or --clear, not both</source>
        <translation>position：請指定一個位置或 --clear，不能同時使用</translation>
    </message>
</context>
<context>
    <name>position.malformed</name>
    <message>
        <source>{value} is not a position; write it as PAVILION/POSITION</source>
        <translation>{value} 不是位置；請寫成 展館/位置（PAVILION/POSITION）</translation>
    </message>
</context>
<context>
    <name>position.none_known</name>
    <message>
        <source>{value} is not a position on the maps (known: none: the content pack names no positions)</source>
        <translation>{value} 不是地圖上的位置（已有：無；內容包未列出任何位置）</translation>
    </message>
</context>
<context>
    <name>position.unknown</name>
    <message>
        <source>{value} is not a position on the maps (known: {known})</source>
        <translation>{value} 不是地圖上的位置（已有：{known}）</translation>
    </message>
</context>
<context>
    <name>settings.idle_range</name>
    <message>
        <source>The idle time must be between {min} and {max} seconds.</source>
        <translation>無操作時間必須介乎 {min} 至 {max} 秒。</translation>
    </message>
</context>
<context>
    <name>settings.kiosk_id_chars</name>
    <message>
        <source>The kiosk id may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>本機編號只可包含英文字母、數字、「.」、「_」及「-」。</translation>
    </message>
</context>
<context>
    <name>settings.kiosk_id_empty</name>
    <message>
        <source>The kiosk id must not be empty.</source>
        <translation>本機編號不可留空。</translation>
    </message>
</context>
<context>
    <name>settings.kiosk_id_long</name>
    <message>
        <source>The kiosk id must have at most {max} characters.</source>
        <translation>本機編號最多只可有 {max} 個字元。</translation>
    </message>
</context>
<context>
    <name>staff.failure</name>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
</context>
<context>
    <name>svg.dtd</name>
    <message>
        <source>is an SVG with a DTD or entities; remove the &lt;!DOCTYPE ...&gt;</source>
        <translation>是帶有 DTD 或實體的 SVG；請刪除 &lt;!DOCTYPE ...&gt;</translation>
    </message>
</context>
<context>
    <name>svg.element</name>
    <message>
        <source>is an SVG holding &lt;{element}&gt;; the kiosk shows only drawings</source>
        <translation>是包含 &lt;{element}&gt; 的 SVG；本機只顯示圖形</translation>
    </message>
</context>
<context>
    <name>svg.event_handler</name>
    <message>
        <source>is an SVG with an event handler ({attribute}); remove it</source>
        <translation>是帶有事件處理程式（{attribute}）的 SVG；請將其刪除</translation>
    </message>
</context>
<context>
    <name>svg.href</name>
    <message>
        <source>is an SVG that refers to another file ({target}); embed what it draws</source>
        <translation>是引用其他檔案（{target}）的 SVG；請把所引用的內容嵌入檔案中</translation>
    </message>
</context>
<context>
    <name>svg.malformed</name>
    <message>
        <source>is not a well-formed SVG file ({detail})</source>
        <translation>不是格式正確的 SVG 檔案（{detail}）</translation>
    </message>
</context>
<context>
    <name>svg.no_size</name>
    <message>
        <source>is an SVG without a size; give its &lt;svg&gt; a viewBox (or width and height in pixels)</source>
        <translation>是沒有尺寸的 SVG；請為其 &lt;svg&gt; 指定 viewBox（或以像素為單位的寬度和高度）</translation>
    </message>
</context>
<context>
    <name>svg.not_svg</name>
    <message>
        <source>is XML but not an SVG image (its root must be &lt;svg&gt; in the SVG namespace)</source>
        <translation>是 XML 但不是 SVG 圖片（根元素必須是 SVG 命名空間中的 &lt;svg&gt;）</translation>
    </message>
</context>
<context>
    <name>svg.outside_url</name>
    <message>
        <source>is an SVG whose {attribute} refers to another file; remove it</source>
        <translation>是 {attribute} 引用其他檔案的 SVG；請將其刪除</translation>
    </message>
</context>
<context>
    <name>svg.style_import</name>
    <message>
        <source>is an SVG whose style sheet refers to another file; remove it</source>
        <translation>是樣式表引用其他檔案的 SVG；請將其刪除</translation>
    </message>
</context>
<context>
    <name>term.bidi_control</name>
    <message>
        <source>a bidirectional control</source>
        <translation>雙向控制字元</translation>
    </message>
</context>
<context>
    <name>term.control_character</name>
    <message>
        <source>a control character</source>
        <translation>控制字元</translation>
    </message>
</context>
<context>
    <name>term.cross_border.categories</name>
    <message>
        <source>the categories of personal data sent</source>
        <translation>傳送的個人資料類別</translation>
    </message>
</context>
<context>
    <name>term.cross_border.contact</name>
    <message>
        <source>the recipient&apos;s contact details</source>
        <translation>接收方聯絡方式</translation>
    </message>
</context>
<context>
    <name>term.cross_border.method</name>
    <message>
        <source>how the data is processed there</source>
        <translation>當地的處理方式</translation>
    </message>
</context>
<context>
    <name>term.cross_border.purpose</name>
    <message>
        <source>the purpose of the transfer</source>
        <translation>傳輸目的</translation>
    </message>
</context>
<context>
    <name>term.cross_border.recipient</name>
    <message>
        <source>the recipient&apos;s name</source>
        <translation>接收方名稱</translation>
    </message>
</context>
<context>
    <name>term.cross_border.rights</name>
    <message>
        <source>how to exercise one&apos;s rights with the recipient</source>
        <translation>向接收方行使權利的方式</translation>
    </message>
</context>
<context>
    <name>term.device</name>
    <message>
        <source>a device</source>
        <translation>裝置</translation>
    </message>
</context>
<context>
    <name>term.exhibitor</name>
    <message>
        <source>exhibitor</source>
        <translation>參展商</translation>
    </message>
</context>
<context>
    <name>term.fifo</name>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>具名管道（FIFO）</translation>
    </message>
</context>
<context>
    <name>term.folder</name>
    <message>
        <source>a folder</source>
        <translation>資料夾</translation>
    </message>
</context>
<context>
    <name>term.language.en</name>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
</context>
<context>
    <name>term.language.pt</name>
    <message>
        <source>Portuguese</source>
        <translation>葡萄牙文</translation>
    </message>
</context>
<context>
    <name>term.language.zh_hans</name>
    <message>
        <source>Simplified Chinese</source>
        <translation>簡體中文</translation>
    </message>
</context>
<context>
    <name>term.language.zh_hant</name>
    <message>
        <source>Traditional Chinese</source>
        <translation>繁體中文</translation>
    </message>
</context>
<context>
    <name>term.meeting.cancelled</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>term.meeting.confirmed</name>
    <message>
        <source>confirmed</source>
        <translation>已確認</translation>
    </message>
</context>
<context>
    <name>term.meeting.conflict</name>
    <message>
        <source>in conflict</source>
        <translation>有衝突</translation>
    </message>
</context>
<context>
    <name>term.meeting.no_show</name>
    <message>
        <source>a no-show</source>
        <translation>未出席</translation>
    </message>
</context>
<context>
    <name>term.meeting.pending</name>
    <message>
        <source>pending</source>
        <translation>待確認</translation>
    </message>
</context>
<context>
    <name>term.no</name>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>term.not_regular</name>
    <message>
        <source>not a regular file</source>
        <translation>非一般檔案</translation>
    </message>
</context>
<context>
    <name>term.pack_folder</name>
    <message>
        <source>the pack folder</source>
        <translation>內容包資料夾</translation>
    </message>
</context>
<context>
    <name>term.pavilion</name>
    <message>
        <source>pavilion</source>
        <translation>展館</translation>
    </message>
</context>
<context>
    <name>term.phone.country_code</name>
    <message>
        <source>its country code does not exist</source>
        <translation>其國家或地區編號不存在</translation>
    </message>
</context>
<context>
    <name>term.phone.impossible</name>
    <message>
        <source>it is not a possible number</source>
        <translation>不是可能存在的號碼</translation>
    </message>
</context>
<context>
    <name>term.phone.length</name>
    <message>
        <source>it has the wrong number of digits</source>
        <translation>位數不正確</translation>
    </message>
</context>
<context>
    <name>term.phone.too_long</name>
    <message>
        <source>it has too many digits</source>
        <translation>位數太多</translation>
    </message>
</context>
<context>
    <name>term.phone.too_short</name>
    <message>
        <source>it has too few digits</source>
        <translation>位數太少</translation>
    </message>
</context>
<context>
    <name>term.qr_field</name>
    <message>
        <source>{field} ({length:,} characters)</source>
        <translation>{field}（{length:,} 個字元）</translation>
    </message>
</context>
<context>
    <name>term.qr_fields</name>
    <message>
        <source>{first} ({first_length:,} characters), {second} ({second_length:,} characters)</source>
        <translation>{first}（{first_length:,} 個字元）、{second}（{second_length:,} 個字元）</translation>
    </message>
</context>
<context>
    <name>term.qr_vcard</name>
    <message>
        <source>contact (vCard)</source>
        <translation>聯絡資料（vCard）</translation>
    </message>
</context>
<context>
    <name>term.qr_website</name>
    <message>
        <source>website</source>
        <translation>網站</translation>
    </message>
</context>
<context>
    <name>term.sector</name>
    <message>
        <source>sector</source>
        <translation>行業</translation>
    </message>
</context>
<context>
    <name>term.session</name>
    <message>
        <source>session</source>
        <translation>場次</translation>
    </message>
</context>
<context>
    <name>term.socket</name>
    <message>
        <source>a socket</source>
        <translation>通訊端</translation>
    </message>
</context>
<context>
    <name>term.workbook_folder</name>
    <message>
        <source>the workbook&apos;s folder</source>
        <translation>活頁簿所在的資料夾</translation>
    </message>
</context>
<context>
    <name>term.yes</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>value.false</name>
    <message>
        <source>false</source>
        <translation>false（假）</translation>
    </message>
</context>
<context>
    <name>value.list</name>
    <message>
        <source>a list</source>
        <translation>清單</translation>
    </message>
</context>
<context>
    <name>value.null</name>
    <message>
        <source>null</source>
        <translation>null（空值）</translation>
    </message>
</context>
<context>
    <name>value.number</name>
    <message>
        <source>a number ({value})</source>
        <translation>數字（{value}）</translation>
    </message>
</context>
<context>
    <name>value.object</name>
    <message>
        <source>an object</source>
        <translation>物件</translation>
    </message>
</context>
<context>
    <name>value.other</name>
    <message>
        <source>a value of type {type}</source>
        <translation>{type} 類型的值</translation>
    </message>
</context>
<context>
    <name>value.string</name>
    <message>
        <source>a string ({value})</source>
        <translation>文字（{value}）</translation>
    </message>
</context>
<context>
    <name>value.true</name>
    <message>
        <source>true</source>
        <translation>true（真）</translation>
    </message>
</context>
<context>
    <name>wipe.backlog</name>
    <message>
        <source>wipe refused: {waiting} lead(s) have not reached the central pool yet and would never get there once wiped; connect the kiosk to the pool and run &apos;kiosk sync&apos; (or wait for the running kiosk to send them), then wipe</source>
        <translation>已拒絕清除：有 {waiting} 筆潛在客戶尚未送達中央資料庫，清除後便永遠無法送達；請將本機連接中央資料庫並執行 &apos;kiosk sync&apos;（或等待運行中的本機把資料送出），然後再清除</translation>
    </message>
</context>
<context>
    <name>wipe.backlog_refused</name>
    <message>
        <source>wipe refused: {waiting} lead(s) have not reached the central pool yet and would never get there once wiped; the pool refused rows of {refused} of them (see &apos;kiosk sync --status&apos; for why): fix the cause, run &apos;kiosk sync --replay&apos;, then wipe</source>
        <translation>已拒絕清除：有 {waiting} 筆潛在客戶尚未送達中央資料庫，清除後便永遠無法送達；中央資料庫拒收了其中 {refused} 筆的資料（原因見 &apos;kiosk sync --status&apos;）：請先修正問題，執行 &apos;kiosk sync --replay&apos;，然後再清除</translation>
    </message>
</context>
<context>
    <name>wipe.confirm</name>
    <message>
        <source>wipe refused: type &apos;{phrase}&apos; exactly to confirm that leads not exported will be lost</source>
        <translation>已拒絕清除：請準確輸入 &apos;{phrase}&apos;，確認接受未匯出的潛在客戶將會遺失</translation>
    </message>
</context>
<context>
    <name>wipe.no_export</name>
    <message>
        <source>wipe refused: no verified export of the leads to a drive exists; export them first, or wipe everything by typing &apos;{phrase}&apos; to confirm that they will be lost</source>
        <translation>已拒絕清除：沒有任何已核對的潛在客戶匯出到儲存裝置；請先匯出，或輸入 &apos;{phrase}&apos; 確認接受這些資料將會遺失，以清除全部</translation>
    </message>
</context>
<context>
    <name>wipe.no_export_others</name>
    <message>
        <source>wipe refused: no verified export of the leads to a drive exists; export them first, or wipe everything by typing &apos;{phrase}&apos; to confirm that they will be lost; exports to a folder on the kiosk&apos;s own disk (--internal), of one exhibitor, or made before drives were checked do not count</source>
        <translation>已拒絕清除：沒有任何已核對的潛在客戶匯出到儲存裝置；請先匯出，或輸入 &apos;{phrase}&apos; 確認接受這些資料將會遺失，以清除全部；匯出到本機自身磁碟上的資料夾（--internal）、只匯出單一參展商，或在檢查儲存裝置之前所做的匯出均不計算在內</translation>
    </message>
</context>
<context>
    <name>workbook.bad_zip</name>
    <message>
        <source>is not an Excel workbook (.xlsx): {reason}</source>
        <translation>不是 Excel 活頁簿 (.xlsx)：{reason}</translation>
    </message>
</context>
<context>
    <name>workbook.column_twice</name>
    <message>
        <source>column {column} is also {other}</source>
        <translation>欄 {column} 同時也是 {other}</translation>
    </message>
</context>
<context>
    <name>workbook.damaged</name>
    <message>
        <source>it is damaged and cannot be read ({reason}); open the workbook in Excel and save it again</source>
        <translation>檔案已損毀，無法讀取（{reason}）；請用 Excel 開啟活頁簿並重新儲存</translation>
    </message>
</context>
<context>
    <name>workbook.date_in_text</name>
    <message>
        <source>Excel stored this as a date or time ({shown}); format the column as Text and type the value again</source>
        <translation>Excel 把此內容存成日期或時間（{shown}）；請把該欄格式設為「文字」並重新輸入</translation>
    </message>
</context>
<context>
    <name>workbook.excel_error</name>
    <message>
        <source>is the Excel error {error}; type the value itself</source>
        <translation>是 Excel 錯誤 {error}；請輸入數值本身</translation>
    </message>
</context>
<context>
    <name>workbook.folder</name>
    <message>
        <source>is a folder, not a workbook</source>
        <translation>是資料夾，不是活頁簿</translation>
    </message>
</context>
<context>
    <name>workbook.formula</name>
    <message>
        <source>is a formula ({formula}); the kiosk does not calculate: type the value itself (copy, then Paste Values)</source>
        <translation>是公式（{formula}）；本機不會計算：請輸入數值本身（複製後「貼上值」）</translation>
    </message>
</context>
<context>
    <name>workbook.hidden_sheet</name>
    <message>
        <source>is a hidden sheet; unhide it (right-click a sheet tab, Unhide) so that what the kiosk reads is what you see, or delete it</source>
        <translation>是隱藏的工作表；請取消隱藏（在工作表索引標籤上按右鍵，取消隱藏），讓本機讀取的就是您看到的內容，或刪除它</translation>
    </message>
</context>
<context>
    <name>workbook.link_empty</name>
    <message>
        <source>is empty; name the {what}&apos;s id</source>
        <translation>為空；請填寫 {what} 的 ID</translation>
    </message>
</context>
<context>
    <name>workbook.macro_enabled</name>
    <message>
        <source>is a macro-enabled workbook; the kiosk reads no macros: save it as &quot;Excel Workbook (.xlsx)&quot;</source>
        <translation>是啟用巨集的活頁簿；本機不讀取巨集：請另存為「Excel 活頁簿 (.xlsx)」</translation>
    </message>
</context>
<context>
    <name>workbook.macros</name>
    <message>
        <source>holds macros (it is a macro-enabled workbook renamed .xlsx); the kiosk reads no macros: save it as &quot;Excel Workbook (.xlsx)&quot;</source>
        <translation>含有巨集（是改名為 .xlsx 的啟用巨集活頁簿）；本機不讀取巨集：請另存為「Excel 活頁簿 (.xlsx)」</translation>
    </message>
</context>
<context>
    <name>workbook.merged</name>
    <message>
        <source>merged cells; unmerge them (Home, Merge &amp; Center) and fill in each cell</source>
        <translation>合併儲存格；請取消合併（常用、跨欄置中）並逐格填寫</translation>
    </message>
</context>
<context>
    <name>workbook.missing_column</name>
    <message>
        <source>has no column {columns} in row 1 (the headers must stay as the template writes them)</source>
        <translation>第 1 列沒有欄 {columns}（標題必須保持範本寫的樣子）</translation>
    </message>
</context>
<context>
    <name>workbook.missing_sheet</name>
    <message>
        <source>this sheet is missing; the workbook needs the sheets {sheets} (&apos;kiosk content template&apos; writes them all)</source>
        <translation>缺少此工作表；活頁簿需要工作表 {sheets}（「kiosk content template」會全部寫好）</translation>
    </message>
</context>
<context>
    <name>workbook.no_file</name>
    <message>
        <source>no such file</source>
        <translation>沒有此檔案</translation>
    </message>
</context>
<context>
    <name>workbook.no_header</name>
    <message>
        <source>this cell is in a column with no header in row 1; add the header or clear the column</source>
        <translation>此儲存格所在的欄在第 1 列沒有標題；請加上標題或清空該欄</translation>
    </message>
</context>
<context>
    <name>workbook.not_regular</name>
    <message>
        <source>is not a regular file</source>
        <translation>不是一般檔案</translation>
    </message>
</context>
<context>
    <name>workbook.not_workbook</name>
    <message>
        <source>is not an Excel workbook (.xlsx); save the sheet from Excel as one</source>
        <translation>不是 Excel 活頁簿 (.xlsx)；請從 Excel 另存為此格式</translation>
    </message>
</context>
<context>
    <name>workbook.not_yes_no</name>
    <message>
        <source>{value} is not yes or no</source>
        <translation>{value} 不是「是」或「否」</translation>
    </message>
</context>
<context>
    <name>workbook.number_as_date</name>
    <message>
        <source>{value} is a number, not a date (as a date it would be {day}); type the date as YYYY-MM-DD or format the cell as a date</source>
        <translation>{value} 是數字，不是日期（當作日期會是 {day}）；請以 YYYY-MM-DD 輸入日期，或把儲存格格式設為日期</translation>
    </message>
</context>
<context>
    <name>workbook.number_not_date</name>
    <message>
        <source>{value} is a number, not a date; type the date as YYYY-MM-DD or format the cell as a date</source>
        <translation>{value} 是數字，不是日期；請以 YYYY-MM-DD 輸入日期，或把儲存格格式設為日期</translation>
    </message>
</context>
<context>
    <name>workbook.number_not_time</name>
    <message>
        <source>{value} is a number, not a time; type the time as HH:MM or format the cell as a time</source>
        <translation>{value} 是數字，不是時間；請以 HH:MM 輸入時間，或把儲存格格式設為時間</translation>
    </message>
</context>
<context>
    <name>workbook.old_or_protected</name>
    <message>
        <source>is an Excel 97-2003 workbook or one protected by a password; save it without a password as &quot;Excel Workbook (.xlsx)&quot;</source>
        <translation>是 Excel 97-2003 活頁簿或受密碼保護；請不設密碼另存為「Excel 活頁簿 (.xlsx)」</translation>
    </message>
</context>
<context>
    <name>workbook.one_each</name>
    <message>
        <source>{owner} already has a {what} in row {row}; keep one</source>
        <translation>{owner} 在第 {row} 列已有 {what}；請保留一個</translation>
    </message>
</context>
<context>
    <name>workbook.one_row</name>
    <message>
        <source>this sheet holds one {what} in row {row}; clear this row</source>
        <translation>此工作表只有一個 {what}，在第 {row} 列；請清空這一列</translation>
    </message>
</context>
<context>
    <name>workbook.open_document</name>
    <message>
        <source>is an OpenDocument spreadsheet; save it as &quot;Excel Workbook (.xlsx)&quot;</source>
        <translation>是 OpenDocument 試算表；請另存為「Excel 活頁簿 (.xlsx)」</translation>
    </message>
</context>
<context>
    <name>workbook.row_2_empty</name>
    <message>
        <source>row 2 is empty; this sheet&apos;s details are required</source>
        <translation>第 2 列為空；此工作表的資料為必填</translation>
    </message>
</context>
<context>
    <name>workbook.sheet_damaged</name>
    <message>
        <source>the sheet {sheet} is damaged and cannot be read ({reason}); open the workbook in Excel and save it again</source>
        <translation>工作表 {sheet} 已損毀，無法讀取（{reason}）；請用 Excel 開啟活頁簿並重新儲存</translation>
    </message>
</context>
<context>
    <name>workbook.sign_formula</name>
    <message>
        <source>is a formula ({formula}): Excel took text starting with {sign} for one; type it with &apos; in front (&apos;{text}) or format the column as Text</source>
        <translation>是公式（{formula}）：Excel 把以 {sign} 開頭的文字當成公式；請在前面加 &apos; 再輸入（&apos;{text}），或把該欄格式設為「文字」</translation>
    </message>
</context>
<context>
    <name>workbook.too_big</name>
    <message>
        <source>is {size}; a workbook may be at most {limit}</source>
        <translation>大小為 {size}；活頁簿最多只可 {limit}</translation>
    </message>
</context>
<context>
    <name>workbook.too_many_rows</name>
    <message>
        <source>the sheet has more than {limit:,} rows; the kiosk reads no further</source>
        <translation>此工作表多於 {limit:,} 列；本機不再往下讀取</translation>
    </message>
</context>
<context>
    <name>workbook.unknown_column</name>
    <message>
        <source>unknown column {column} (columns: {columns})</source>
        <translation>未知欄 {column}（可用欄：{columns}）</translation>
    </message>
</context>
<context>
    <name>workbook.unknown_column_hint</name>
    <message>
        <source>unknown column {column}; did you mean &quot;{suggestion}&quot;?</source>
        <translation>未知欄 {column}；您是否指 &quot;{suggestion}&quot;？</translation>
    </message>
</context>
<context>
    <name>workbook.unknown_owner</name>
    <message>
        <source>{owner} is not the id of any {what} on the {sheet} sheet</source>
        <translation>{owner} 不是 {sheet} 工作表上任何 {what} 的 ID</translation>
    </message>
</context>
<context>
    <name>workbook.unknown_owner_hint</name>
    <message>
        <source>{owner} is not the id of any {what} on the {sheet} sheet; did you mean &quot;{suggestion}&quot;?</source>
        <translation>{owner} 不是 {sheet} 工作表上任何 {what} 的 ID；您是否指 &quot;{suggestion}&quot;？</translation>
    </message>
</context>
<context>
    <name>workbook.unknown_owner_of</name>
    <message>
        <source>{owner} is not the id of any {what} of {parent} {parent_id} on the {sheet} sheet</source>
        <translation>{owner} 不是 {sheet} 工作表上 {parent} {parent_id} 的任何 {what} 的 ID</translation>
    </message>
</context>
<context>
    <name>workbook.unknown_owner_of_hint</name>
    <message>
        <source>{owner} is not the id of any {what} of {parent} {parent_id} on the {sheet} sheet; did you mean &quot;{suggestion}&quot;?</source>
        <translation>{owner} 不是 {sheet} 工作表上 {parent} {parent_id} 的任何 {what} 的 ID；您是否指 &quot;{suggestion}&quot;？</translation>
    </message>
</context>
<context>
    <name>workbook.unknown_sheet</name>
    <message>
        <source>is not a sheet the kiosk reads; delete it (the kiosk reads {sheets})</source>
        <translation>不是本機讀取的工作表；請刪除（本機讀取 {sheets}）</translation>
    </message>
</context>
<context>
    <name>workbook.unknown_sheet_hint</name>
    <message>
        <source>is not a sheet the kiosk reads; rename it back to &quot;{suggestion}&quot;</source>
        <translation>不是本機讀取的工作表；請改回名稱 &quot;{suggestion}&quot;</translation>
    </message>
</context>
<context>
    <name>workbook.unpacks_too_big</name>
    <message>
        <source>unpacks to {size}; a workbook may hold at most {limit}</source>
        <translation>解壓後為 {size}；活頁簿最多只可容納 {limit}</translation>
    </message>
</context>
<context>
    <name>workbook.unreadable</name>
    <message>
        <source>is not an Excel workbook the kiosk can read ({reason})</source>
        <translation>不是本機可讀取的 Excel 活頁簿（{reason}）</translation>
    </message>
</context>
<context>
    <name>workbook.zip_not_workbook</name>
    <message>
        <source>is a zip file but not an Excel workbook (.xlsx)</source>
        <translation>是壓縮檔，但不是 Excel 活頁簿 (.xlsx)</translation>
    </message>
</context>
</TS>
