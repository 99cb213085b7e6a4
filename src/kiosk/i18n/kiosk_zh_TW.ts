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
        <source>Country or region</source>
        <translation>國家或地區</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>請選擇…</translation>
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
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Add an exhibitor</source>
        <translation>加入參展商</translation>
    </message>
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
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>按名稱搜尋</translation>
    </message>
    <message>
        <source>Card read: please check your details.</source>
        <translation>已讀取名片，請核對您的資料。</translation>
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
    <name>LeadLabel</name>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
</context>
<context>
    <name>LeadMessages</name>
    <message>
        <source>Please enter your name.</source>
        <translation>請輸入您的姓名。</translation>
    </message>
    <message>
        <source>Please shorten your name to %1 characters.</source>
        <translation>姓名請勿超過 %1 個字元。</translation>
    </message>
    <message>
        <source>Please shorten your family name to %1 characters.</source>
        <translation>請將姓氏縮短至%1個字元。</translation>
    </message>
    <message>
        <source>Please shorten your given name(s) to %1 characters.</source>
        <translation>請將名字縮短至%1個字元。</translation>
    </message>
    <message>
        <source>Please answer this question.</source>
        <translation>請回答此問題。</translation>
    </message>
    <message>
        <source>Please choose from the answers offered.</source>
        <translation>請從提供的答案中選擇。</translation>
    </message>
    <message>
        <source>Please choose one answer only.</source>
        <translation>請只選擇一個答案。</translation>
    </message>
    <message>
        <source>Please shorten your answer to %1 characters.</source>
        <translation>請將答案縮短至%1個字元。</translation>
    </message>
    <message>
        <source>This question is not part of the event.</source>
        <translation>此問題不屬於本活動。</translation>
    </message>
    <message>
        <source>Answers are only for the exhibitors you chose.</source>
        <translation>答案只提供予您所選擇的參展商。</translation>
    </message>
    <message>
        <source>Please shorten the company name to %1 characters.</source>
        <translation>公司名稱請勿超過 %1 個字元。</translation>
    </message>
    <message>
        <source>Please shorten the job title to %1 characters.</source>
        <translation>職位請勿超過 %1 個字元。</translation>
    </message>
    <message>
        <source>Please check the email address (for example name@example.com).</source>
        <translation>請檢查電郵地址（例如 name@example.com）。</translation>
    </message>
    <message>
        <source>This email address is too long.</source>
        <translation>電郵地址過長。</translation>
    </message>
    <message>
        <source>Please check the phone number and the country or region.</source>
        <translation>請檢查電話號碼及所選的國家或地區。</translation>
    </message>
    <message>
        <source>Choose your country or region, or start the number with +.</source>
        <translation>請選擇您的國家或地區，或以「+」開頭輸入號碼。</translation>
    </message>
    <message>
        <source>This phone number is too long.</source>
        <translation>電話號碼過長。</translation>
    </message>
    <message>
        <source>Please give an email address or a phone number so that we can reply.</source>
        <translation>請提供電郵地址或電話號碼，以便我們回覆您。</translation>
    </message>
    <message>
        <source>Please choose a country or region from the list.</source>
        <translation>請從列表中選擇國家或地區。</translation>
    </message>
    <message>
        <source>This sector is not part of the event.</source>
        <translation>此行業不屬於本展會。</translation>
    </message>
    <message>
        <source>Please choose at most %1 sectors.</source>
        <translation>最多只可選擇 %1 個行業。</translation>
    </message>
    <message>
        <source>This exhibitor is not part of the event.</source>
        <translation>此參展商不屬於本展會。</translation>
    </message>
    <message>
        <source>Please choose at most %1 exhibitors.</source>
        <translation>最多只可選擇 %1 個參展商。</translation>
    </message>
    <message>
        <source>Choose at least one exhibitor you would like to meet.</source>
        <translation>請至少選擇一個您希望會面的參展商。</translation>
    </message>
    <message>
        <source>Please choose a day from the list.</source>
        <translation>請從列表中選擇日期。</translation>
    </message>
    <message>
        <source>Please choose a day between %1 and %2.</source>
        <translation>請選擇 %1 至 %2 之間的日期。</translation>
    </message>
    <message>
        <source>Please choose morning or afternoon.</source>
        <translation>請選擇上午或下午。</translation>
    </message>
    <message>
        <source>Please shorten your message to %1 characters (it has %2).</source>
        <translation>留言請勿超過 %1 個字元（目前為 %2 個）。</translation>
    </message>
    <message>
        <source>This consent is needed: without it we cannot pass your details on for this purpose, so the form cannot be sent.</source>
        <translation>必須勾選此項：否則我們無法為此目的轉交您的資料，表格亦無法提交。</translation>
    </message>
    <message>
        <source>This consent is not part of the event.</source>
        <translation>此同意項目不屬於本展會。</translation>
    </message>
    <message>
        <source>This value cannot be used.</source>
        <translation>此內容無法使用。</translation>
    </message>
    <message>
        <source>Sorry, the kiosk is busy for a moment and could not save your details. Everything you entered is still here: please send it again.</source>
        <translation>抱歉，本機暫時忙碌，未能儲存您的資料。您輸入的內容均已保留：請再提交一次。</translation>
    </message>
    <message>
        <source>Sorry, your details could not be saved because the kiosk&apos;s storage is full. Everything you entered is still here: please ask a member of staff for help.</source>
        <translation>抱歉，本機儲存空間已滿，未能儲存您的資料。您輸入的內容均已保留：請向工作人員求助。</translation>
    </message>
    <message>
        <source>Sorry, a meeting slot you chose has just been booked by someone else. Everything you entered is still here: please choose another time.</source>
        <translation>抱歉，您所選的會面時段剛被他人預約。您輸入的所有資料仍在：請選擇其他時間。</translation>
    </message>
    <message>
        <source>Sorry, a meeting slot you chose has already started. Everything you entered is still here: please choose another time.</source>
        <translation>抱歉，您所選的會面時段已經開始。您輸入的所有資料仍在：請選擇其他時間。</translation>
    </message>
    <message>
        <source>Sorry, the kiosk cannot save details at the moment. Everything you entered is still here: please ask a member of staff for help.</source>
        <translation>抱歉，本機目前無法儲存資料。您輸入的內容均已保留：請向工作人員求助。</translation>
    </message>
    <message>
        <source>Sorry, your details could not be saved just now. Everything you entered is still here: please try again in a moment, or ask a member of staff for help.</source>
        <translation>抱歉，暫時未能儲存您的資料。您輸入的內容均已保留：請稍後再試，或向工作人員求助。</translation>
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
        <source>Content loaded</source>
        <translation>已載入內容</translation>
    </message>
    <message>
        <source>Content held at a revision (empty: released)</source>
        <translation>內容保持在某一版本（空白：已解除）</translation>
    </message>
    <message>
        <source>Leads exported and verified</source>
        <translation>潛在客戶已匯出並核對</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>已取消匯出</translation>
    </message>
    <message>
        <source>A lead could not be saved</source>
        <translation>有一筆潛在客戶未能儲存</translation>
    </message>
    <message>
        <source>Leads wiped</source>
        <translation>已清除潛在客戶</translation>
    </message>
    <message>
        <source>A visitor&apos;s data erased</source>
        <translation>已刪除一位訪客的資料</translation>
    </message>
    <message>
        <source>A visitor&apos;s data erased from the central pool</source>
        <translation>已從中央資料庫刪除一位訪客的資料</translation>
    </message>
    <message>
        <source>Leads past the retention period deleted</source>
        <translation>已刪除超過保存期限的潛在客戶</translation>
    </message>
    <message>
        <source>Staff PIN set</source>
        <translation>已設定工作人員密碼</translation>
    </message>
    <message>
        <source>PIN locked after wrong attempts</source>
        <translation>密碼錯誤次數過多，已暫時鎖定</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>已更改設定</translation>
    </message>
    <message>
        <source>found by</source>
        <translation>查找依據</translation>
    </message>
    <message>
        <source>central pool</source>
        <translation>中央資料庫</translation>
    </message>
    <message>
        <source>content checksum</source>
        <translation>內容校驗碼</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已刪除</translation>
    </message>
    <message>
        <source>deleted on this kiosk</source>
        <translation>本機已刪除</translation>
    </message>
    <message>
        <source>deleted in the central pool</source>
        <translation>中央資料庫已刪除</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>event</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>exhibitor</source>
        <translation>展商</translation>
    </message>
    <message>
        <source>exhibitors</source>
        <translation>展商數目</translation>
    </message>
    <message>
        <source>export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>exports holding them</source>
        <translation>包含它們的匯出</translation>
    </message>
    <message>
        <source>wrong attempts</source>
        <translation>錯誤嘗試次數</translation>
    </message>
    <message>
        <source>files</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>formats</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>idle time (seconds)</source>
        <translation>無操作時間（秒）</translation>
    </message>
    <message>
        <source>import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>kiosk id</source>
        <translation>本機編號</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>潛在客戶</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>older than (days)</source>
        <translation>超過（日）</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>已取代</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒數</translation>
    </message>
    <message>
        <source>mouse cursor</source>
        <translation>滑鼠游標</translation>
    </message>
    <message>
        <source>since</source>
        <translation>起始時間</translation>
    </message>
    <message>
        <source>source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One detail of an audit entry: %1 what it is, %2 its value.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
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
        <source>this field is required and has no value</source>
        <translation>此欄位為必填，但沒有內容</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>是空白的</translation>
    </message>
    <message>
        <source>unknown field; did you mean &quot;%1&quot;?</source>
        <translation>未知欄位；是否指「%1」？</translation>
    </message>
    <message>
        <source>unknown field (allowed: %1)</source>
        <translation>未知欄位（可用欄位：%1）</translation>
    </message>
    <message>
        <source>is given twice in the same object; keep one</source>
        <translation>在同一物件中出現兩次；請只保留一個</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>長 %1 個字元；最多只可 %2 個</translation>
    </message>
    <message>
        <source>%1 is not a country code; use &quot;%2&quot;</source>
        <translation>%1 不是國家／地區代碼；請用「%2」</translation>
    </message>
    <message>
        <source>%1 is not a two-letter country code (e.g. MO, CN, PT, BR)</source>
        <translation>%1 不是兩個字母的國家／地區代碼（例如 MO、CN、PT、BR）</translation>
    </message>
    <message>
        <source>%1 is not a valid email address</source>
        <translation>%1 不是有效的電郵地址</translation>
    </message>
    <message>
        <source>%1: start with + and the country code, e.g. +853 2871 0300</source>
        <translation>%1：請以 + 及國家／地區號碼開頭，例如 +853 2871 0300</translation>
    </message>
    <message>
        <source>%1 is not a valid phone number</source>
        <translation>%1 不是有效的電話號碼</translation>
    </message>
    <message>
        <source>%1 is not a web address; it must start with https://</source>
        <translation>%1 不是網址；必須以 https:// 開頭</translation>
    </message>
    <message>
        <source>%1 is not a date in the form YYYY-MM-DD</source>
        <translation>%1 不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>%1 is not a valid id: use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>%1 不是有效的編號：請只用小寫字母、數字、「.」、「_」或「-」</translation>
    </message>
    <message>
        <source>%1 is not the id of anything in this pack; did you mean &quot;%2&quot;?</source>
        <translation>%1 不是此內容包中任何項目的編號；是否指「%2」？</translation>
    </message>
    <message>
        <source>%1 is not the id of anything in this pack</source>
        <translation>%1 不是此內容包中任何項目的編號</translation>
    </message>
    <message>
        <source>the image file %1 is not in the pack</source>
        <translation>內容包中沒有圖片檔案 %1</translation>
    </message>
    <message>
        <source>is not a PNG, JPEG or WebP image</source>
        <translation>不是 PNG、JPEG 或 WebP 圖片</translation>
    </message>
    <message>
        <source>is a formula (%1); type the value itself</source>
        <translation>是公式（%1）；請直接輸入數值</translation>
    </message>
    <message>
        <source>merged cells; unmerge them and fill in each cell</source>
        <translation>儲存格已合併；請取消合併並逐格填寫</translation>
    </message>
    <message>
        <source>is a hidden sheet; unhide it or delete it</source>
        <translation>是隱藏的工作表；請取消隱藏或刪除</translation>
    </message>
    <message>
        <source>is not a sheet the kiosk reads; rename it back to &quot;%1&quot;</source>
        <translation>不是資訊站讀取的工作表；請改回「%1」</translation>
    </message>
    <message>
        <source>is not a sheet the kiosk reads; delete it</source>
        <translation>不是資訊站讀取的工作表；請刪除</translation>
    </message>
    <message>
        <source>this sheet is missing from the workbook</source>
        <translation>活頁簿中缺少此工作表</translation>
    </message>
    <message>
        <source>unknown column %1; did you mean &quot;%2&quot;?</source>
        <translation>未知的欄位 %1；是否指「%2」？</translation>
    </message>
    <message>
        <source>unknown column %1</source>
        <translation>未知的欄位 %1</translation>
    </message>
    <message>
        <source>%1 is a number, not a date; type the date as YYYY-MM-DD</source>
        <translation>%1 是數字而不是日期；請以 YYYY-MM-DD 輸入日期</translation>
    </message>
    <message>
        <source>Excel turned this into a date; format the column as Text and type it again</source>
        <translation>Excel 把它變成了日期；請將該欄設為文字格式後重新輸入</translation>
    </message>
    <message>
        <source>is not an Excel workbook (.xlsx)</source>
        <translation>不是 Excel 活頁簿（.xlsx）</translation>
    </message>
    <message>
        <source>holds macros; save it as an Excel Workbook (.xlsx)</source>
        <translation>含有巨集；請另存為 Excel 活頁簿（.xlsx）</translation>
    </message>
    <message>
        <source>%1 (details in English)</source>
        <translation>%1（詳情為英文）</translation>
    </message>
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
        <source>The drive is full.</source>
        <translation>儲存裝置已滿。</translation>
    </message>
    <message>
        <source>The drive is read-only.</source>
        <translation>儲存裝置為唯讀。</translation>
    </message>
    <message>
        <source>The drive is no longer there. Was it pulled out?</source>
        <translation>找不到儲存裝置，是否已被拔出？</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>匯出失敗。</translation>
    </message>
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
    <message>
        <source>Only %1 (%2 leads)</source>
        <translation>只限 %1（%2 個潛在客戶）</translation>
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
        <source>Exported and checked: %1 leads</source>
        <translation>已匯出並核對：%1 個潛在客戶</translation>
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
    <message>
        <source>Confirmed</source>
        <translation>已確認</translation>
    </message>
    <message>
        <source>Pending confirmation</source>
        <translation>待確認</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Conflict: table given to another visitor</source>
        <translation>衝突：桌位已給予另一位訪客</translation>
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
        <source>The kiosk id must not be empty.</source>
        <translation>本機編號不可留空。</translation>
    </message>
    <message>
        <source>The kiosk id may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>本機編號只可包含英文字母、數字、「.」、「_」及「-」。</translation>
    </message>
    <message>
        <source>The kiosk id is too long.</source>
        <translation>本機編號太長。</translation>
    </message>
    <message>
        <source>The idle time must be between %1 and %2 seconds.</source>
        <translation>無操作時間必須介乎 %1 至 %2 秒。</translation>
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
    <message>
        <source>%1 leads; %2 people at the last merge</source>
        <translation>%1 筆潛在客戶；上次合併時為 %2 人</translation>
    </message>
    <message>
        <source>%1 leads; not merged into people yet</source>
        <translation>%1 筆潛在客戶；尚未合併為個人</translation>
    </message>
    <message>
        <source>%1 leads pooled</source>
        <translation>已匯集 %1 個潛在客戶</translation>
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
    <message>
        <source>%1 leads are in a verified export and can be wiped. %2 leads are not in any export as they are now, and stay.</source>
        <translation>%1 個潛在客戶已在核對過的匯出檔案中，可以清除。%2 個潛在客戶的現有資料不在任何匯出檔案中，會予以保留。</translation>
    </message>
    <message>
        <source>Wipe %1 exported leads</source>
        <translation>清除 %1 個已匯出的潛在客戶</translation>
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
    <message>
        <source>%1 leads wiped; %2 kept.</source>
        <translation>已清除 %1 個潛在客戶；保留 %2 個。</translation>
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
        <source>Wipe %1 leads?</source>
        <translation>清除 %1 個潛在客戶？</translation>
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
        <source>At least 8 characters.</source>
        <translation>至少 8 個字元。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>兩次輸入的密碼不同。</translation>
    </message>
    <message>
        <source>Give the password to the recipient separately, never on the drive.</source>
        <translation>請另行把密碼交給收件人，切勿存放在隨身碟上。</translation>
    </message>
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
</TS>
