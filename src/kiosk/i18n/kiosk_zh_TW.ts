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
    <name>AttractScreen</name>
    <message>
        <source>Touch to start</source>
        <translation>輕觸螢幕開始</translation>
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
        <source>Name</source>
        <translation>姓名</translation>
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
        <source>Sorry, the kiosk cannot save details at the moment. Everything you entered is still here: please ask a member of staff for help.</source>
        <translation>抱歉，本機目前無法儲存資料。您輸入的內容均已保留：請向工作人員求助。</translation>
    </message>
    <message>
        <source>Sorry, your details could not be saved just now. Everything you entered is still here: please try again in a moment, or ask a member of staff for help.</source>
        <translation>抱歉，暫時未能儲存您的資料。您輸入的內容均已保留：請稍後再試，或向工作人員求助。</translation>
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
        <source>Scan to save the contact</source>
        <translation>掃描儲存聯絡人</translation>
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
        <source>You can withdraw your consent, or ask to see, correct or delete your details, at any time: contact %1 using the details above.</source>
        <translation>您可隨時撤回同意，或要求查閱、更正或刪除您的資料：請透過上述聯絡方式聯絡%1。</translation>
    </message>
    <message>
        <source>You can withdraw your consent, or ask to see, correct or delete your details, at any time: contact the organiser using the details above.</source>
        <translation>您可隨時撤回同意，或要求查閱、更正或刪除您的資料：請透過上述聯絡方式聯絡主辦單位。</translation>
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
</TS>
