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
    <name>AccessibilityButton</name>
    <message>
        <source>Standard view</source>
        <translation>标准显示</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>无障碍</translation>
    </message>
    <message>
        <source>Standard view: smaller text, standard colours</source>
        <translation>标准显示：较小字体、标准颜色</translation>
    </message>
    <message>
        <source>Accessibility: larger text, high contrast, speech</source>
        <translation>无障碍：放大字体、高对比度、语音朗读</translation>
    </message>
</context>
<context>
    <name>AgeGate</name>
    <message>
        <source>Thank you for visiting!</source>
        <translation>感谢您的到访！</translation>
    </message>
    <message>
        <source>Before you leave your details</source>
        <translation>留下信息之前</translation>
    </message>
    <message>
        <source>We do not collect personal details from visitors under %1, so nothing you enter here is asked for or kept. Enjoy the pavilion: you can go on exploring the exhibitors and scan their QR codes.</source>
        <translation>我们不会收集未满 %1 岁访客的个人信息，因此这里不会要求或保存您的任何信息。祝您参观愉快：您可以继续浏览参展商并扫描他们的二维码。</translation>
    </message>
    <message>
        <source>Please tell us your age. We ask for contact details only from visitors aged %1 or older.</source>
        <translation>请告诉我们您的年龄。我们只向 %1 岁或以上的访客索取联系信息。</translation>
    </message>
    <message>
        <source>I am %1 or older</source>
        <translation>我已满 %1 岁</translation>
    </message>
    <message>
        <source>I am under %1</source>
        <translation>我未满 %1 岁</translation>
    </message>
    <message>
        <source>Explore the exhibitors</source>
        <translation>浏览参展商</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>主页</translation>
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
    <name>CrossBorderFigure</name>
    <message>
        <source>People whose data was sent abroad in %1 (to the recipients named in the consent notice)</source>
        <translation>%1年信息传输至境外的人数（传输给同意声明所列的接收方）</translation>
    </message>
    <message>
        <source>Under 100,000 people this year: no security assessment or standard contract is needed, but every visitor must still see the notice and agree separately (PIPL Art. 39).</source>
        <translation>今年未满100,000人：无需安全评估或标准合同，但每位访客仍须阅读告知并单独同意（《个人信息保护法》第三十九条）。</translation>
    </message>
    <message>
        <source>100,000 people or more this year: a transfer abroad now needs a security assessment or a standard contract (PIPL Art. 38).</source>
        <translation>今年已达100,000人或以上：向境外传输信息现须通过安全评估或订立标准合同（《个人信息保护法》第三十八条）。</translation>
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
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>How</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>您的信息</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>您的权利</translation>
    </message>
    <message>
        <source>This consent sends your data outside mainland China:</source>
        <translation>此项同意会将您的信息传输至中国内地以外：</translation>
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
        <source>Book a meeting</source>
        <translation>预约会面</translation>
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
        <source>Please shorten your family name to %1 characters.</source>
        <translation>请将姓氏缩短至%1个字符。</translation>
    </message>
    <message>
        <source>Please shorten your given name(s) to %1 characters.</source>
        <translation>请将名字缩短至%1个字符。</translation>
    </message>
    <message>
        <source>Please answer this question.</source>
        <translation>请回答此问题。</translation>
    </message>
    <message>
        <source>Please choose from the answers offered.</source>
        <translation>请从提供的答案中选择。</translation>
    </message>
    <message>
        <source>Please choose one answer only.</source>
        <translation>请只选择一个答案。</translation>
    </message>
    <message>
        <source>Please shorten your answer to %1 characters.</source>
        <translation>请将答案缩短至%1个字符。</translation>
    </message>
    <message>
        <source>This question is not part of the event.</source>
        <translation>此问题不属于本活动。</translation>
    </message>
    <message>
        <source>Answers are only for the exhibitors you chose.</source>
        <translation>答案只提供给您选择的参展商。</translation>
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
        <source>Sorry, a meeting slot you chose has just been booked by someone else. Everything you entered is still here: please choose another time.</source>
        <translation>抱歉，您所选的会面时段刚被他人预约。您填写的所有信息仍在：请选择其他时间。</translation>
    </message>
    <message>
        <source>Sorry, a meeting slot you chose has already started. Everything you entered is still here: please choose another time.</source>
        <translation>抱歉，您所选的会面时段已经开始。您填写的所有信息仍在：请选择其他时间。</translation>
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
        <translation>关闭</translation>
    </message>
    <message>
        <source>Nothing matches your search.</source>
        <translation>没有找到匹配的结果。</translation>
    </message>
</context>
<context>
    <name>LeadQuestions</name>
    <message>
        <source>Questions from %1</source>
        <translation>%1的问题</translation>
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
        <source>Pavilion map: pinch, or use + and −, to zoom</source>
        <translation>展馆地图：双指缩放，或使用 + 和 − 放大缩小</translation>
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
    <name>MeetingSection</name>
    <message>
        <source>Meetings at the business matching area</source>
        <translation>商贸配对区会面</translation>
    </message>
    <message>
        <source>Book a meeting</source>
        <translation>预约会面</translation>
    </message>
</context>
<context>
    <name>MeetingSlotPicker</name>
    <message>
        <source>Book a meeting with %1</source>
        <translation>预约与%1会面</translation>
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
        <translation>时间（每次会面为一个时段）</translation>
    </message>
    <message>
        <source>%1 · Full</source>
        <translation>%1 · 已满</translation>
    </message>
    <message>
        <source>%1 · You have another meeting</source>
        <translation>%1 · 您已有其他会面</translation>
    </message>
    <message>
        <source>%1 · Over</source>
        <translation>%1 · 已结束</translation>
    </message>
</context>
<context>
    <name>MeetingsBooked</name>
    <message>
        <source>Your meetings</source>
        <translation>您的会面</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Pending confirmation by staff</source>
        <translation>待工作人员确认</translation>
    </message>
    <message>
        <source>Scan to add the meetings to your phone&apos;s calendar.</source>
        <translation>扫描即可将会面添加到手机日历。</translation>
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
        <source>Scan with WeChat to add us</source>
        <translation>用微信扫码添加我们</translation>
    </message>
    <message>
        <source>Scan to save the contact</source>
        <translation>扫描保存联系人</translation>
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
        <translation>调低音量</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>调高音量</translation>
    </message>
    <message>
        <source>No voice for this language on this PC: speech is off</source>
        <translation>此电脑没有此语言的语音：朗读已关闭</translation>
    </message>
</context>
<context>
    <name>StaffAuditPanel</name>
    <message>
        <source>Content loaded</source>
        <translation>已加载内容</translation>
    </message>
    <message>
        <source>Content held at a revision (empty: released)</source>
        <translation>内容保持在某一版本（空白：已解除）</translation>
    </message>
    <message>
        <source>Leads exported and verified</source>
        <translation>潜在客户已导出并核对</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>已取消导出</translation>
    </message>
    <message>
        <source>A lead could not be saved</source>
        <translation>有一条潜在客户未能保存</translation>
    </message>
    <message>
        <source>Leads wiped</source>
        <translation>已清除潜在客户</translation>
    </message>
    <message>
        <source>A visitor&apos;s data erased</source>
        <translation>已删除一位访客的资料</translation>
    </message>
    <message>
        <source>A visitor&apos;s data erased from the central pool</source>
        <translation>已从中央数据库删除一位访客的资料</translation>
    </message>
    <message>
        <source>Leads past the retention period deleted</source>
        <translation>已删除超过保存期限的潜在客户</translation>
    </message>
    <message>
        <source>Staff PIN set</source>
        <translation>已设置工作人员密码</translation>
    </message>
    <message>
        <source>PIN locked after wrong attempts</source>
        <translation>密码错误次数过多，已暂时锁定</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>已更改设置</translation>
    </message>
    <message>
        <source>found by</source>
        <translation>查找依据</translation>
    </message>
    <message>
        <source>central pool</source>
        <translation>中央数据库</translation>
    </message>
    <message>
        <source>content checksum</source>
        <translation>内容校验码</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>deleted on this kiosk</source>
        <translation>本机已删除</translation>
    </message>
    <message>
        <source>deleted in the central pool</source>
        <translation>中央数据库已删除</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>exhibitor</source>
        <translation>展商</translation>
    </message>
    <message>
        <source>exhibitors</source>
        <translation>展商数目</translation>
    </message>
    <message>
        <source>export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>exports holding them</source>
        <translation>包含它们的导出</translation>
    </message>
    <message>
        <source>wrong attempts</source>
        <translation>错误尝试次数</translation>
    </message>
    <message>
        <source>files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>formats</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>idle time (seconds)</source>
        <translation>无操作时间（秒）</translation>
    </message>
    <message>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>kiosk id</source>
        <translation>本机编号</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>older than (days)</source>
        <translation>超过（天）</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>已替换</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>mouse cursor</source>
        <translation>鼠标指针</translation>
    </message>
    <message>
        <source>since</source>
        <translation>起始时间</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
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
        <translation>只显示保存失败的潜在客户</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>暂无记录</translation>
    </message>
</context>
<context>
    <name>StaffBarList</name>
    <message>
        <source>Nothing yet</source>
        <translation>暂无数据</translation>
    </message>
</context>
<context>
    <name>StaffContentPanel</name>
    <message>
        <source>this field is required and has no value</source>
        <translation>此字段为必填，但没有内容</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>是空的</translation>
    </message>
    <message>
        <source>unknown field; did you mean &quot;%1&quot;?</source>
        <translation>未知字段；是否指“%1”？</translation>
    </message>
    <message>
        <source>unknown field (allowed: %1)</source>
        <translation>未知字段（可用字段：%1）</translation>
    </message>
    <message>
        <source>is given twice in the same object; keep one</source>
        <translation>在同一对象中出现两次；请只保留一个</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>长 %1 个字符；最多只能 %2 个</translation>
    </message>
    <message>
        <source>%1 is not a country code; use &quot;%2&quot;</source>
        <translation>%1 不是国家/地区代码；请用“%2”</translation>
    </message>
    <message>
        <source>%1 is not a two-letter country code (e.g. MO, CN, PT, BR)</source>
        <translation>%1 不是两个字母的国家/地区代码（例如 MO、CN、PT、BR）</translation>
    </message>
    <message>
        <source>%1 is not a valid email address</source>
        <translation>%1 不是有效的电子邮箱地址</translation>
    </message>
    <message>
        <source>%1: start with + and the country code, e.g. +853 2871 0300</source>
        <translation>%1：请以 + 及国家/地区号码开头，例如 +853 2871 0300</translation>
    </message>
    <message>
        <source>%1 is not a valid phone number</source>
        <translation>%1 不是有效的电话号码</translation>
    </message>
    <message>
        <source>%1 is not a web address; it must start with https://</source>
        <translation>%1 不是网址；必须以 https:// 开头</translation>
    </message>
    <message>
        <source>%1 is not a date in the form YYYY-MM-DD</source>
        <translation>%1 不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>%1 is not a valid id: use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>%1 不是有效的编号：请只用小写字母、数字、“.”、“_”或“-”</translation>
    </message>
    <message>
        <source>%1 is not the id of anything in this pack; did you mean &quot;%2&quot;?</source>
        <translation>%1 不是此内容包中任何项目的编号；是否指“%2”？</translation>
    </message>
    <message>
        <source>%1 is not the id of anything in this pack</source>
        <translation>%1 不是此内容包中任何项目的编号</translation>
    </message>
    <message>
        <source>the image file %1 is not in the pack</source>
        <translation>内容包中没有图片文件 %1</translation>
    </message>
    <message>
        <source>is not a PNG, JPEG or WebP image</source>
        <translation>不是 PNG、JPEG 或 WebP 图片</translation>
    </message>
    <message>
        <source>is a formula (%1); type the value itself</source>
        <translation>是公式（%1）；请直接输入数值</translation>
    </message>
    <message>
        <source>merged cells; unmerge them and fill in each cell</source>
        <translation>单元格已合并；请取消合并并逐格填写</translation>
    </message>
    <message>
        <source>is a hidden sheet; unhide it or delete it</source>
        <translation>是隐藏的工作表；请取消隐藏或删除</translation>
    </message>
    <message>
        <source>is not a sheet the kiosk reads; rename it back to &quot;%1&quot;</source>
        <translation>不是信息亭读取的工作表；请改回“%1”</translation>
    </message>
    <message>
        <source>is not a sheet the kiosk reads; delete it</source>
        <translation>不是信息亭读取的工作表；请删除</translation>
    </message>
    <message>
        <source>this sheet is missing from the workbook</source>
        <translation>工作簿中缺少此工作表</translation>
    </message>
    <message>
        <source>unknown column %1; did you mean &quot;%2&quot;?</source>
        <translation>未知的列 %1；是否指“%2”？</translation>
    </message>
    <message>
        <source>unknown column %1</source>
        <translation>未知的列 %1</translation>
    </message>
    <message>
        <source>%1 is a number, not a date; type the date as YYYY-MM-DD</source>
        <translation>%1 是数字而不是日期；请以 YYYY-MM-DD 输入日期</translation>
    </message>
    <message>
        <source>Excel turned this into a date; format the column as Text and type it again</source>
        <translation>Excel 把它变成了日期；请将该列设为文本格式后重新输入</translation>
    </message>
    <message>
        <source>is not an Excel workbook (.xlsx)</source>
        <translation>不是 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>holds macros; save it as an Excel Workbook (.xlsx)</source>
        <translation>含有宏；请另存为 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>%1 (details in English)</source>
        <translation>%1（详情为英文）</translation>
    </message>
    <message>
        <source>Content packs found</source>
        <translation>找到的内容包</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>重新搜索</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>No content pack or workbook found on the USB drives or in the kiosk&apos;s folders. A pack is a folder holding content.json, or an Excel workbook (.xlsx) with its images beside it.</source>
        <translation>在 U 盘或本机文件夹中找不到内容包或工作簿。内容包是一个包含 content.json 的文件夹，或一个 Excel 工作簿（.xlsx），图片放在其旁边。</translation>
    </message>
    <message>
        <source>Choose a content pack folder</source>
        <translation>选择内容包文件夹</translation>
    </message>
    <message>
        <source>Check this folder</source>
        <translation>检查此文件夹</translation>
    </message>
    <message>
        <source>Check and load</source>
        <translation>检查并加载</translation>
    </message>
    <message>
        <source>Checking the pack…</source>
        <translation>正在检查内容包…</translation>
    </message>
    <message>
        <source>The pack is valid: %1</source>
        <translation>内容包有效：%1</translation>
    </message>
    <message>
        <source>The pack has %1 problems. Nothing was changed; the kiosk keeps its content.</source>
        <translation>内容包有 %1 个问题。未做任何更改，本机保留原有内容。</translation>
    </message>
    <message>
        <source>Loading the pack…</source>
        <translation>正在加载内容包…</translation>
    </message>
    <message>
        <source>Loaded. The kiosk shows the new content. %1</source>
        <translation>已加载，本机现在显示新内容。%1</translation>
    </message>
    <message>
        <source>The pack could not be loaded. Nothing was changed.</source>
        <translation>无法加载内容包，未做任何更改。</translation>
    </message>
    <message>
        <source>Choose a pack to check it.</source>
        <translation>请选择要检查的内容包。</translation>
    </message>
    <message>
        <source>Load this pack</source>
        <translation>加载此内容包</translation>
    </message>
</context>
<context>
    <name>StaffDashboard</name>
    <message>
        <source>Staff mode</source>
        <translation>工作人员模式</translation>
    </message>
    <message>
        <source>Closes after %1 minutes without a touch</source>
        <translation>%1 分钟无操作后自动关闭</translation>
    </message>
    <message>
        <source>Back to visitor mode</source>
        <translation>返回访客模式</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Export leads</source>
        <translation>导出潜在客户</translation>
    </message>
    <message>
        <source>Wipe leads</source>
        <translation>清除潜在客户</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation>重新加载内容</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会面</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Quit the kiosk</source>
        <translation>关闭本机程序</translation>
    </message>
    <message>
        <source>Quit the kiosk?</source>
        <translation>关闭本机程序？</translation>
    </message>
    <message>
        <source>The kiosk window closes. Visitors cannot use this screen until the kiosk is started again.</source>
        <translation>本机窗口将会关闭。重新启动前，访客无法使用此屏幕。</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
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
        <translation>存储设备已满。</translation>
    </message>
    <message>
        <source>The drive is read-only.</source>
        <translation>存储设备为只读。</translation>
    </message>
    <message>
        <source>The drive is no longer there. Was it pulled out?</source>
        <translation>找不到存储设备，是否已被拔出？</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>导出失败。</translation>
    </message>
    <message>
        <source>1. Where to</source>
        <translation>1. 导出到</translation>
    </message>
    <message>
        <source>No USB drive found. Plug one in, or choose a folder.</source>
        <translation>找不到 U 盘。请插入一个，或选择文件夹。</translation>
    </message>
    <message>
        <source>%1 · read-only</source>
        <translation>%1 · 只读</translation>
    </message>
    <message>
        <source>%1 · %2 free</source>
        <translation>%1 · 可用 %2</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>2. What</source>
        <translation>2. 导出内容</translation>
    </message>
    <message>
        <source>CSV (Excel, any spreadsheet)</source>
        <translation>CSV（Excel 或任何电子表格）</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <source>Salesforce import file</source>
        <translation>Salesforce 导入文件</translation>
    </message>
    <message>
        <source>HubSpot import file</source>
        <translation>HubSpot 导入文件</translation>
    </message>
    <message>
        <source>All leads, with one file per exhibitor</source>
        <translation>全部潜在客户，另每个参展商一个文件</translation>
    </message>
    <message>
        <source>Only %1 (%2 leads)</source>
        <translation>仅限 %1（%2 个潜在客户）</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <source>Export to this folder</source>
        <translation>导出到此文件夹</translation>
    </message>
    <message>
        <source>3. Export</source>
        <translation>3. 导出</translation>
    </message>
    <message>
        <source>Choose where to export first.</source>
        <translation>请先选择导出位置。</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>导出到：%1</translation>
    </message>
    <message>
        <source>All leads; every file is read back and checked before it counts as exported.</source>
        <translation>全部潜在客户；每个文件都会读回核对，确认无误才算已导出。</translation>
    </message>
    <message>
        <source>Only the leads who chose %1 and agreed to share their details with exhibitors.</source>
        <translation>仅限选择了 %1 并同意与参展商分享信息的潜在客户。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reading the files back to check them…</source>
        <translation>正在读回文件以进行核对…</translation>
    </message>
    <message>
        <source>Writing one file per exhibitor…</source>
        <translation>正在为每个参展商写入文件…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>即将完成…</translation>
    </message>
    <message>
        <source>Writing the leads…</source>
        <translation>正在写入潜在客户…</translation>
    </message>
    <message>
        <source>Exported and checked: %1 leads</source>
        <translation>已导出并核对：%1 个潜在客户</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <source>This folder is on the kiosk&apos;s own disk, not on a drive: wiping leads does not count this export.</source>
        <translation>此文件夹位于本机自身的磁盘，而非 U 盘：清除潜在客户时不计入此次导出。</translation>
    </message>
    <message>
        <source>Unfinished exports found on the drive and removed: %1</source>
        <translation>在 U 盘上发现并已移除的未完成导出：%1</translation>
    </message>
    <message>
        <source>Export cancelled. No lead counts as exported.</source>
        <translation>已取消导出，所有潜在客户均不算已导出。</translation>
    </message>
    <message>
        <source>System message: %1</source>
        <translation>系统消息：%1</translation>
    </message>
    <message>
        <source>No leads were marked as exported.</source>
        <translation>没有潜在客户被标记为已导出。</translation>
    </message>
</context>
<context>
    <name>StaffFolderPicker</name>
    <message>
        <source>Use this folder</source>
        <translation>使用此文件夹</translation>
    </message>
    <message>
        <source>Kiosk data folder</source>
        <translation>本机数据文件夹</translation>
    </message>
    <message>
        <source>Home folder</source>
        <translation>主文件夹</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上一级</translation>
    </message>
    <message>
        <source>Choose where to start above.</source>
        <translation>请在上方选择起点。</translation>
    </message>
    <message>
        <source>content pack</source>
        <translation>内容包</translation>
    </message>
    <message>
        <source>No folders in here</source>
        <translation>此处没有文件夹</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>StaffMatchingPanel</name>
    <message>
        <source>This event has no business matching sessions.</source>
        <translation>本活动没有商贸配对环节。</translation>
    </message>
    <message>
        <source>Write agendas</source>
        <translation>导出日程</translation>
    </message>
    <message>
        <source>Agendas (XLSX and printable pages, one per exhibitor) written to %1</source>
        <translation>日程（XLSX 及可打印页面，每个参展商一份）已写入 %1</translation>
    </message>
    <message>
        <source>No meetings booked in this slot.</source>
        <translation>此时段没有预约会面。</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>第 %1 桌</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未出席</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>取消会面</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>改至 %1</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Pending confirmation</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Conflict: table given to another visitor</source>
        <translation>冲突：桌位已给予另一位访客</translation>
    </message>
</context>
<context>
    <name>StaffOverviewPanel</name>
    <message>
        <source>Leads today</source>
        <translation>今日潜在客户</translation>
    </message>
    <message>
        <source>Leads in total</source>
        <translation>潜在客户总数</translation>
    </message>
    <message>
        <source>Matching requests</source>
        <translation>商务对接申请</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>无法计算数据：%1</translation>
    </message>
    <message>
        <source>Leads per hour today</source>
        <translation>今日每小时潜在客户</translation>
    </message>
    <message>
        <source>No leads yet today</source>
        <translation>今日暂无潜在客户</translation>
    </message>
    <message>
        <source>Languages used on the kiosk</source>
        <translation>本机使用的语言</translation>
    </message>
    <message>
        <source>Top exhibitors by interest</source>
        <translation>最受关注的参展商</translation>
    </message>
    <message>
        <source>Taps per exhibitor</source>
        <translation>各参展商点击次数</translation>
    </message>
    <message>
        <source>Leads per pavilion</source>
        <translation>各展馆潜在客户</translation>
    </message>
    <message>
        <source>Visitor countries</source>
        <translation>访客所属国家或地区</translation>
    </message>
    <message>
        <source>Language of the form</source>
        <translation>表格语言</translation>
    </message>
    <message>
        <source>Consents granted</source>
        <translation>已给予的同意</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>%1 yes · %2 no</source>
        <translation>%1 同意 · %2 不同意</translation>
    </message>
    <message>
        <source>Leads per exhibitor</source>
        <translation>各参展商潜在客户</translation>
    </message>
</context>
<context>
    <name>StaffPinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>工作人员密码</translation>
    </message>
    <message>
        <source>Enter the PIN to open staff mode.</source>
        <translation>输入密码以进入工作人员模式。</translation>
    </message>
    <message>
        <source>Wrong PIN. Attempts left before the pad locks: %1</source>
        <translation>密码错误。锁定前剩余尝试次数：%1</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>密码错误次数过多，请于 %1 后再试。</translation>
    </message>
    <message>
        <source>Staff mode is not set up</source>
        <translation>工作人员模式尚未设置</translation>
    </message>
    <message>
        <source>Staff mode is not set up on this kiosk. Set the staff PIN on the kiosk&apos;s PC with the command: kiosk set-pin</source>
        <translation>本机尚未设置工作人员模式。请在本机的电脑上用命令设置工作人员 PIN：kiosk set-pin</translation>
    </message>
    <message>
        <source>The PIN could not be checked: %1</source>
        <translation>无法验证密码：%1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>StaffSettingsPanel</name>
    <message>
        <source>Kiosk settings</source>
        <translation>本机设置</translation>
    </message>
    <message>
        <source>Idle time before a visit ends (seconds)</source>
        <translation>无操作多久后结束浏览（秒）</translation>
    </message>
    <message>
        <source>Kiosk id (on every lead and export)</source>
        <translation>本机编号（记录在每个潜在客户及导出文件中）</translation>
    </message>
    <message>
        <source>Show the mouse cursor</source>
        <translation>显示鼠标指针</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>The kiosk id must not be empty.</source>
        <translation>本机编号不能为空。</translation>
    </message>
    <message>
        <source>The kiosk id may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>本机编号只能包含英文字母、数字、“.”、“_”和“-”。</translation>
    </message>
    <message>
        <source>The kiosk id is too long.</source>
        <translation>本机编号太长。</translation>
    </message>
    <message>
        <source>The idle time must be between %1 and %2 seconds.</source>
        <translation>无操作时间必须在 %1 至 %2 秒之间。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Move the picture a few pixels now and then (protects the screen from burn-in)</source>
        <translation>不时将画面移动几个像素（防止屏幕烙印）</translation>
    </message>
    <message>
        <source>Hold the content at its revision (no content from the central pool yet)</source>
        <translation>将内容保持在当前版本（尚无来自中央数据库的内容）</translation>
    </message>
    <message>
        <source>Hold the content at revision %1: newer packs wait</source>
        <translation>将内容保持在版本 %1：较新的内容包将等待</translation>
    </message>
    <message>
        <source>Where this kiosk stands (&quot;You are here&quot; on the map)</source>
        <translation>本机所在位置（地图上的“您在这里”）</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>不显示</translation>
    </message>
</context>
<context>
    <name>StaffSpeechSetting</name>
    <message>
        <source>Read aloud for every visitor (not only in accessibility mode)</source>
        <translation>为每位访客朗读（不只在无障碍模式）</translation>
    </message>
    <message>
        <source>Voice for the language on show: %1</source>
        <translation>当前语言的语音：%1</translation>
    </message>
    <message>
        <source>This PC has no voice for the language on show.</source>
        <translation>此电脑没有当前语言的语音。</translation>
    </message>
</context>
<context>
    <name>StaffSyncPanel</name>
    <message>
        <source>This kiosk</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Leads waiting to be sent: %1</source>
        <translation>等待发送的潜在客户：%1</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>尚未发送任何数据。</translation>
    </message>
    <message>
        <source>Last successful push: %1</source>
        <translation>上次成功发送：%1</translation>
    </message>
    <message>
        <source>Sending: up to date, watching for new leads.</source>
        <translation>发送：已是最新，正在等待新的潜在客户。</translation>
    </message>
    <message>
        <source>Sending: in progress…</source>
        <translation>发送：进行中…</translation>
    </message>
    <message>
        <source>Sending: the pool cannot be reached; the kiosk keeps every lead and tries again.</source>
        <translation>发送：无法连接中央数据库；本机会保留所有潜在客户并再次尝试。</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>上次错误：%1</translation>
    </message>
    <message>
        <source>Leads set aside, refused by the central pool: %1. They stay on this kiosk and cannot be wiped until they reach the pool. Fix the cause, then try again.</source>
        <translation>被中央数据库拒收而搁置的潜在客户：%1。资料保留在本机，送达中央数据库之前不能清除。请先排除原因，再重试。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Central pool</source>
        <translation>中央数据库</translation>
    </message>
    <message>
        <source>Not reachable now: %1</source>
        <translation>目前无法连接：%1</translation>
    </message>
    <message>
        <source>%1 (this kiosk)</source>
        <translation>%1（本机）</translation>
    </message>
    <message>
        <source>No push yet</source>
        <translation>尚未发送</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 个等待中</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Late (no heartbeat for over 3 minutes)</source>
        <translation>延迟（超过 3 分钟没有心跳）</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>no content</source>
        <translation>没有内容</translation>
    </message>
    <message>
        <source>content loaded by hand</source>
        <translation>手动载入的内容</translation>
    </message>
    <message>
        <source>content %1</source>
        <translation>内容 %1</translation>
    </message>
    <message>
        <source>Its version differs from the other kiosks.</source>
        <translation>其版本与其他信息站不同。</translation>
    </message>
    <message>
        <source>Held at another content revision by staff.</source>
        <translation>工作人员将其保持在另一个内容版本。</translation>
    </message>
    <message>
        <source>Its content differs from the published pack.</source>
        <translation>其内容与已发布的内容包不同。</translation>
    </message>
    <message>
        <source>Last push: %1</source>
        <translation>上次发送：%1</translation>
    </message>
    <message>
        <source>%1 leads; %2 people at the last merge</source>
        <translation>%1 条潜在客户；上次合并时为 %2 人</translation>
    </message>
    <message>
        <source>%1 leads; not merged into people yet</source>
        <translation>%1 条潜在客户；尚未合并为个人</translation>
    </message>
    <message>
        <source>%1 leads pooled</source>
        <translation>已汇集 %1 个潜在客户</translation>
    </message>
</context>
<context>
    <name>StaffWipePanel</name>
    <message>
        <source>Wipe exported leads</source>
        <translation>清除已导出的潜在客户</translation>
    </message>
    <message>
        <source>The central pool refused some leads, and they are set aside on this kiosk; wiped now, they would never get there. See the Sync screen for why, fix it and send them again, then wipe.</source>
        <translation>中央数据库拒收了部分潜在客户，它们已搁置在本机；现在清除的话，它们将永远无法送达。请到“同步”画面查看原因，排除后重新发送，然后再清除。</translation>
    </message>
    <message>
        <source>Some leads have not reached the central pool yet; wiped now, they would never get there. Let the kiosk sync first, then wipe.</source>
        <translation>部分潜在客户尚未发送到中央数据库；现在清除的话，它们将永远无法送达。请先让本机完成同步，然后再清除。</translation>
    </message>
    <message>
        <source>No verified export of all leads to a USB drive exists on this kiosk. Export the leads to a drive first: only then can they be wiped safely (an export to a folder on the kiosk&apos;s own disk does not count).</source>
        <translation>本机没有导出到 U 盘、包含全部潜在客户的已核对导出。请先导出到 U 盘，之后才能安全清除（导出到本机自身磁盘上的文件夹不计）。</translation>
    </message>
    <message>
        <source>%1 leads are in a verified export and can be wiped. %2 leads are not in any export as they are now, and stay.</source>
        <translation>%1 个潜在客户已在核对过的导出文件中，可以清除。%2 个潜在客户的当前信息不在任何导出文件中，将予以保留。</translation>
    </message>
    <message>
        <source>Wipe %1 exported leads</source>
        <translation>清除 %1 个已导出的潜在客户</translation>
    </message>
    <message>
        <source>Wipe every lead</source>
        <translation>清除所有潜在客户</translation>
    </message>
    <message>
        <source>This deletes every lead on this kiosk, exported or not. Leads that were not exported are lost. To confirm, type this phrase:</source>
        <translation>此操作会删除本机所有潜在客户，无论是否已导出。未导出的潜在客户将会丢失。如确定，请输入以下字句：</translation>
    </message>
    <message>
        <source>Type the phrase here</source>
        <translation>在此输入字句</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Wiping…</source>
        <translation>正在清除…</translation>
    </message>
    <message>
        <source>%1 leads wiped; %2 kept.</source>
        <translation>已清除 %1 个潜在客户；保留 %2 个。</translation>
    </message>
    <message>
        <source>The phrase does not match. Nothing was deleted.</source>
        <translation>字句不符，未删除任何数据。</translation>
    </message>
    <message>
        <source>The wipe failed: %1</source>
        <translation>清除失败：%1</translation>
    </message>
    <message>
        <source>Wipe %1 leads?</source>
        <translation>清除 %1 个潜在客户？</translation>
    </message>
    <message>
        <source>They are deleted from this kiosk for good. The export holds them.</source>
        <translation>它们将从本机永久删除，导出文件中仍有保存。</translation>
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
        <translation>至少 8 个字符。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不同。</translation>
    </message>
    <message>
        <source>Give the password to the recipient separately, never on the drive.</source>
        <translation>请另行把密码交给收件人，切勿存放在U盘上。</translation>
    </message>
    <message>
        <source>Encrypted ZIP with a password</source>
        <translation>用密码加密的 ZIP 文件</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
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
        <source>You can withdraw your consent, or ask to see, correct or delete your details, at any time: contact %1 using the contact details on the left.</source>
        <translation>您可随时撤回同意，或要求查阅、更正或删除您的信息：请通过左侧的联系方式联系%1。</translation>
    </message>
    <message>
        <source>You can withdraw your consent, or ask to see, correct or delete your details, at any time: contact the organiser using the contact details on the left.</source>
        <translation>您可随时撤回同意，或要求查阅、更正或删除您的信息：请通过左侧的联系方式联系主办单位。</translation>
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
<context>
    <name>YouAreHereMarker</name>
    <message>
        <source>You are here</source>
        <translation>您在这里</translation>
    </message>
</context>
</TS>
