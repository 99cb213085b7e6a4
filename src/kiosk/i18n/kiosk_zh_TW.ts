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
    <name>ContactScreen</name>
    <message>
        <source>Business matching</source>
        <translation>商業配對</translation>
    </message>
    <message>
        <source>Soon you can leave your contact details here, so that exhibitors can reach you after the expo. Until then, our staff at the pavilion&apos;s information desk will gladly note them for you.</source>
        <translation>您很快就可以在這裡留下聯絡資料，方便參展商在展會後與您聯繫。在此之前，展館服務台的工作人員樂意為您登記。</translation>
    </message>
    <message>
        <source>Browse exhibitors</source>
        <translation>瀏覽參展商</translation>
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
