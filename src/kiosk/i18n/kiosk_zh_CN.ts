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
    <name>LeadFormScreen</name>
    <message>
        <source>Business matching</source>
        <translation>商务对接</translation>
    </message>
    <message>
        <source>Leave your details and the exhibitors you are interested in can contact you during and after the expo.</source>
        <translation>留下您的信息，您感兴趣的参展商即可在展会期间及展会后与您联系。</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>您的信息</translation>
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
        <translation>职务</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>国家或地区</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Please give an email address or a mobile phone number, or both.</source>
        <translation>请提供电子邮箱或手机号码，也可两者都填写。</translation>
    </message>
    <message>
        <source>Your interests</source>
        <translation>您感兴趣的领域</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Exhibitors you would like to hear from</source>
        <translation>希望与您联系的参展商</translation>
    </message>
    <message>
        <source>None chosen yet.</source>
        <translation>尚未选择。</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Add an exhibitor</source>
        <translation>添加参展商</translation>
    </message>
    <message>
        <source>I would like to meet these exhibitors at the expo</source>
        <translation>我希望在展会期间与这些参展商洽谈</translation>
    </message>
    <message>
        <source>Preferred day</source>
        <translation>首选日期</translation>
    </message>
    <message>
        <source>Preferred time</source>
        <translation>首选时段</translation>
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
        <translation>有什么想告诉参展商的吗？（选填）</translation>
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
        <translation>个人信息处理者：%1</translation>
    </message>
    <message>
        <source>Tick each box you agree to. The boxes marked &quot;required&quot; must be ticked to send the form: without them we cannot pass your details on to the exhibitors.</source>
        <translation>请勾选您同意的项目。标有“必须勾选”的项目须勾选后才能提交，否则我们无法将您的信息转交给参展商。</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必须勾选</translation>
    </message>
    <message>
        <source>More below: the boxes to tick</source>
        <translation>下方还有需勾选的项目</translation>
    </message>
    <message>
        <source>Please check the fields marked in red.</source>
        <translation>请检查以红色标出的项目。</translation>
    </message>
    <message>
        <source>Send my details</source>
        <translation>提交我的信息</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>按名称搜索</translation>
    </message>
    <message>
        <source>Card read: please check your details.</source>
        <translation>已读取名片，请核对您的信息。</translation>
    </message>
    <message>
        <source>Leaving your contact details is not possible on this kiosk at the moment. Our staff at the pavilion&apos;s information desk will gladly note them for you.</source>
        <translation>目前无法在本机留下联系方式。展馆服务台的工作人员乐意为您登记。</translation>
    </message>
    <message>
        <source>Browse exhibitors</source>
        <translation>浏览参展商</translation>
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
        <translation>请输入您的姓名。</translation>
    </message>
    <message>
        <source>Please shorten your name to %1 characters.</source>
        <translation>姓名请勿超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Please shorten the company name to %1 characters.</source>
        <translation>公司名称请勿超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Please shorten the job title to %1 characters.</source>
        <translation>职务请勿超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Please check the email address (for example name@example.com).</source>
        <translation>请检查电子邮箱地址（例如 name@example.com）。</translation>
    </message>
    <message>
        <source>This email address is too long.</source>
        <translation>电子邮箱地址过长。</translation>
    </message>
    <message>
        <source>Please check the phone number and the country or region.</source>
        <translation>请检查电话号码及所选的国家或地区。</translation>
    </message>
    <message>
        <source>Choose your country or region, or start the number with +.</source>
        <translation>请选择您的国家或地区，或以“+”开头输入号码。</translation>
    </message>
    <message>
        <source>This phone number is too long.</source>
        <translation>电话号码过长。</translation>
    </message>
    <message>
        <source>Please give an email address or a phone number so that we can reply.</source>
        <translation>请提供电子邮箱或电话号码，以便我们回复您。</translation>
    </message>
    <message>
        <source>Please choose a country or region from the list.</source>
        <translation>请从列表中选择国家或地区。</translation>
    </message>
    <message>
        <source>This sector is not part of the event.</source>
        <translation>此行业不属于本展会。</translation>
    </message>
    <message>
        <source>Please choose at most %1 sectors.</source>
        <translation>最多只能选择 %1 个行业。</translation>
    </message>
    <message>
        <source>This exhibitor is not part of the event.</source>
        <translation>此参展商不属于本展会。</translation>
    </message>
    <message>
        <source>Please choose at most %1 exhibitors.</source>
        <translation>最多只能选择 %1 个参展商。</translation>
    </message>
    <message>
        <source>Choose at least one exhibitor you would like to meet.</source>
        <translation>请至少选择一个您希望洽谈的参展商。</translation>
    </message>
    <message>
        <source>Please choose a day from the list.</source>
        <translation>请从列表中选择日期。</translation>
    </message>
    <message>
        <source>Please choose a day between %1 and %2.</source>
        <translation>请选择 %1 至 %2 之间的日期。</translation>
    </message>
    <message>
        <source>Please choose morning or afternoon.</source>
        <translation>请选择上午或下午。</translation>
    </message>
    <message>
        <source>Please shorten your message to %1 characters (it has %2).</source>
        <translation>留言请勿超过 %1 个字符（目前为 %2 个）。</translation>
    </message>
    <message>
        <source>This consent is needed: without it we cannot pass your details on for this purpose, so the form cannot be sent.</source>
        <translation>必须勾选此项：否则我们无法为此目的转交您的信息，表格也无法提交。</translation>
    </message>
    <message>
        <source>This consent is not part of the event.</source>
        <translation>此同意项不属于本展会。</translation>
    </message>
    <message>
        <source>This value cannot be used.</source>
        <translation>此内容无法使用。</translation>
    </message>
    <message>
        <source>Sorry, the kiosk is busy for a moment and could not save your details. Everything you entered is still here: please send it again.</source>
        <translation>抱歉，本机暂时繁忙，未能保存您的信息。您填写的内容均已保留，请再提交一次。</translation>
    </message>
    <message>
        <source>Sorry, your details could not be saved because the kiosk&apos;s storage is full. Everything you entered is still here: please ask a member of staff for help.</source>
        <translation>抱歉，本机存储空间已满，未能保存您的信息。您填写的内容均已保留，请向工作人员求助。</translation>
    </message>
    <message>
        <source>Sorry, the kiosk cannot save details at the moment. Everything you entered is still here: please ask a member of staff for help.</source>
        <translation>抱歉，本机目前无法保存信息。您填写的内容均已保留，请向工作人员求助。</translation>
    </message>
    <message>
        <source>Sorry, your details could not be saved just now. Everything you entered is still here: please try again in a moment, or ask a member of staff for help.</source>
        <translation>抱歉，暂时未能保存您的信息。您填写的内容均已保留，请稍后再试，或向工作人员求助。</translation>
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
        <translation>关闭</translation>
    </message>
    <message>
        <source>Nothing matches your search.</source>
        <translation>没有找到匹配的结果。</translation>
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
    <name>ThanksScreen</name>
    <message>
        <source>Thank you!</source>
        <translation>谢谢！</translation>
    </message>
    <message>
        <source>Your details have been saved. They will be passed on only as you agreed, and the exhibitors you chose can contact you.</source>
        <translation>您的信息已保存。我们只会按您同意的方式转交信息，您选择的参展商将可与您联系。</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>You can withdraw your consent, or ask to see, correct or delete your details, at any time: contact %1 using the details above.</source>
        <translation>您可随时撤回同意，或要求查阅、更正或删除您的信息：请通过上述联系方式联系%1。</translation>
    </message>
    <message>
        <source>You can withdraw your consent, or ask to see, correct or delete your details, at any time: contact the organiser using the details above.</source>
        <translation>您可随时撤回同意，或要求查阅、更正或删除您的信息：请通过上述联系方式联系主办单位。</translation>
    </message>
    <message>
        <source>Back to Home</source>
        <translation>返回首页</translation>
    </message>
    <message>
        <source>Returning to Home in %1 s</source>
        <translation>%1 秒后返回首页</translation>
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
