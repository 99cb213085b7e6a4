<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutScreen</name>
    <message>
        <source>Browse the exhibitors of the pavilions, save their contact details with your phone camera, and leave yours for business matching.</source>
        <translation>浏览各展馆的参展商，用手机相机保存他们的联系方式，并留下您的信息，进行商务对接。</translation>
    </message>
    <message>
        <source>The event</source>
        <translation>展会</translation>
    </message>
    <message>
        <source>No event has been loaded yet.</source>
        <translation>尚未加载任何展会信息。</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主办单位</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to start</source>
        <translation>轻触屏幕开始</translation>
    </message>
</context>
<context>
    <name>ContactScreen</name>
    <message>
        <source>Business matching</source>
        <translation>商务对接</translation>
    </message>
    <message>
        <source>Soon you can leave your contact details here, so that exhibitors can reach you after the expo. Until then, our staff at the pavilion&apos;s information desk will gladly note them for you.</source>
        <translation>您很快就可以在这里留下联系方式，方便参展商在展会后与您联系。在此之前，展馆服务台的工作人员乐意为您登记。</translation>
    </message>
    <message>
        <source>Browse exhibitors</source>
        <translation>浏览参展商</translation>
    </message>
</context>
<context>
    <name>DirectoryScreen</name>
    <message>
        <source>Exhibitors</source>
        <translation>参展商</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>显示 %2 家中的 %1 家</translation>
    </message>
    <message>
        <source>Showing all %1</source>
        <translation>全部 %1 家参展商</translation>
    </message>
    <message>
        <source>Search names, products, sectors</source>
        <translation>搜索名称、产品、行业</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Pavilion</source>
        <translation>展馆</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>国家或地区</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>No exhibitors match your search.</source>
        <translation>没有符合搜索条件的参展商。</translation>
    </message>
    <message>
        <source>The exhibitor list is not loaded yet.</source>
        <translation>参展商名单尚未载入。</translation>
    </message>
    <message>
        <source>Try another spelling, or clear the search and filters to see every exhibitor.</source>
        <translation>请尝试其他写法，或清除搜索及筛选以查看全部参展商。</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>清除搜索及筛选</translation>
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
        <translation>我有兴趣</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>WeChat: %1</source>
        <translation>微信：%1</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation>产地：%1</translation>
    </message>
    <message>
        <source>Find us</source>
        <translation>展位位置</translation>
    </message>
    <message>
        <source>Show on the map</source>
        <translation>在地图上显示</translation>
    </message>
</context>
<context>
    <name>FeaturedCard</name>
    <message>
        <source>Featured exhibitor</source>
        <translation>精选参展商</translation>
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
        <translation>欢迎光临</translation>
    </message>
    <message>
        <source>Exhibitors</source>
        <translation>参展商</translation>
    </message>
    <message>
        <source>Companies from Macao and the Portuguese-speaking countries</source>
        <translation>来自澳门及葡语国家的企业</translation>
    </message>
    <message>
        <source>Products from Portuguese-speaking countries</source>
        <translation>葡语国家产品</translation>
    </message>
    <message>
        <source>Pavilion map</source>
        <translation>展馆地图</translation>
    </message>
    <message>
        <source>Find a booth</source>
        <translation>查找展位</translation>
    </message>
    <message>
        <source>Business matching</source>
        <translation>商务对接</translation>
    </message>
    <message>
        <source>Leave your contact</source>
        <translation>留下您的联系方式</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于我们</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message>
        <source>For your privacy the kiosk will start over and clear what you entered.</source>
        <translation>为保护您的隐私，本机将重新开始，并清除您输入的内容。</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>我还在</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <source>Pavilion map</source>
        <translation>展馆地图</translation>
    </message>
    <message>
        <source>Tap a booth to see who is there. Pinch or use + and − to zoom.</source>
        <translation>轻触展位查看参展商。用双指或 + 和 − 缩放。</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>显示整张地图</translation>
    </message>
    <message>
        <source>No map for this pavilion yet.</source>
        <translation>此展馆暂无地图。</translation>
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
        <translation>此功能暂未开放。</translation>
    </message>
</context>
<context>
    <name>ProductsScreen</name>
    <message>
        <source>Products by origin</source>
        <translation>按产地浏览产品</translation>
    </message>
    <message>
        <source>Macao and the Portuguese-speaking countries first</source>
        <translation>澳门及葡语国家优先</translation>
    </message>
    <message>
        <source>No products listed yet.</source>
        <translation>暂无产品资料。</translation>
    </message>
</context>
<context>
    <name>QrCard</name>
    <message>
        <source>Scan to open the website</source>
        <translation>扫描打开网站</translation>
    </message>
    <message>
        <source>Scan to save the contact</source>
        <translation>扫描保存联系人</translation>
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
        <translation>首页</translation>
    </message>
</context>
</TS>
