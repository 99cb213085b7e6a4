<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
<context>
    <name>AboutScreen</name>
    <message>
        <source>Browse the exhibitors of the pavilions, save their contact details with your phone camera, and leave yours for business matching.</source>
        <translation>Conheça os expositores dos pavilhões, guarde os contactos deles com a câmara do telemóvel e deixe os seus para encontros de negócios.</translation>
    </message>
    <message>
        <source>The event</source>
        <translation>O evento</translation>
    </message>
    <message>
        <source>No event has been loaded yet.</source>
        <translation>Ainda não foi carregado nenhum evento.</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Entidade organizadora</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to start</source>
        <translation>Toque para começar</translation>
    </message>
</context>
<context>
    <name>ContactScreen</name>
    <message>
        <source>Business matching</source>
        <translation>Encontros de negócios</translation>
    </message>
    <message>
        <source>Soon you can leave your contact details here, so that exhibitors can reach you after the expo. Until then, our staff at the pavilion&apos;s information desk will gladly note them for you.</source>
        <translation>Em breve poderá deixar aqui os seus contactos, para que os expositores o possam contactar depois da feira. Até lá, a nossa equipa no balcão de informações do pavilhão terá todo o gosto em registá-los.</translation>
    </message>
    <message>
        <source>Browse exhibitors</source>
        <translation>Ver expositores</translation>
    </message>
</context>
<context>
    <name>DirectoryScreen</name>
    <message>
        <source>Exhibitors</source>
        <translation>Expositores</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>A mostrar %1 de %2</translation>
    </message>
    <message>
        <source>Showing all %1</source>
        <translation>Todos os expositores: %1</translation>
    </message>
    <message>
        <source>Search names, products, sectors</source>
        <translation>Pesquisar nomes, produtos, setores</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Limpar a pesquisa</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Pavilion</source>
        <translation>Pavilhão</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>País ou região</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>No exhibitors match your search.</source>
        <translation>Nenhum expositor corresponde à sua pesquisa.</translation>
    </message>
    <message>
        <source>The exhibitor list is not loaded yet.</source>
        <translation>A lista de expositores ainda não foi carregada.</translation>
    </message>
    <message>
        <source>Try another spelling, or clear the search and filters to see every exhibitor.</source>
        <translation>Experimente outra grafia, ou limpe a pesquisa e os filtros para ver todos os expositores.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Limpar pesquisa e filtros</translation>
    </message>
</context>
<context>
    <name>ExhibitorCard</name>
    <message>
        <source>Booth %1</source>
        <translation>Stand %1</translation>
    </message>
</context>
<context>
    <name>ExhibitorScreen</name>
    <message>
        <source>Booth %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>I&apos;m interested</source>
        <translation>Tenho interesse</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>WeChat: %1</source>
        <translation>WeChat: %1</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produtos</translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation>Origem: %1</translation>
    </message>
    <message>
        <source>Find us</source>
        <translation>Onde estamos</translation>
    </message>
    <message>
        <source>Show on the map</source>
        <translation>Ver no mapa</translation>
    </message>
</context>
<context>
    <name>FeaturedCard</name>
    <message>
        <source>Featured exhibitor</source>
        <translation>Expositor em destaque</translation>
    </message>
    <message>
        <source>Booth %1</source>
        <translation>Stand %1</translation>
    </message>
</context>
<context>
    <name>FilterGroup</name>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation>Bem-vindos</translation>
    </message>
    <message>
        <source>Exhibitors</source>
        <translation>Expositores</translation>
    </message>
    <message>
        <source>Companies from Macao and the Portuguese-speaking countries</source>
        <translation>Empresas de Macau e dos países de língua portuguesa</translation>
    </message>
    <message>
        <source>Products from Portuguese-speaking countries</source>
        <translation>Produtos dos países de língua portuguesa</translation>
    </message>
    <message>
        <source>Pavilion map</source>
        <translation>Mapa do pavilhão</translation>
    </message>
    <message>
        <source>Find a booth</source>
        <translation>Encontrar um stand</translation>
    </message>
    <message>
        <source>Business matching</source>
        <translation>Encontros de negócios</translation>
    </message>
    <message>
        <source>Leave your contact</source>
        <translation>Deixe os seus contactos</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre nós</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>Ainda está aí?</translation>
    </message>
    <message>
        <source>For your privacy the kiosk will start over and clear what you entered.</source>
        <translation>Para proteger a sua privacidade, o quiosque vai recomeçar e apagar o que introduziu.</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Ainda estou aqui</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <source>Pavilion map</source>
        <translation>Mapa do pavilhão</translation>
    </message>
    <message>
        <source>Tap a booth to see who is there. Pinch or use + and − to zoom.</source>
        <translation>Toque num stand para ver quem lá está. Use dois dedos ou + e − para o zoom.</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Aproximar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Afastar</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>Ver o mapa inteiro</translation>
    </message>
    <message>
        <source>No map for this pavilion yet.</source>
        <translation>Ainda não há mapa deste pavilhão.</translation>
    </message>
    <message>
        <source>Booths</source>
        <translation>Stands</translation>
    </message>
</context>
<context>
    <name>PlaceholderScreen</name>
    <message>
        <source>This part of the kiosk is not available yet.</source>
        <translation>Esta parte do quiosque ainda não está disponível.</translation>
    </message>
</context>
<context>
    <name>ProductsScreen</name>
    <message>
        <source>Products by origin</source>
        <translation>Produtos por origem</translation>
    </message>
    <message>
        <source>Macao and the Portuguese-speaking countries first</source>
        <translation>Macau e os países de língua portuguesa primeiro</translation>
    </message>
    <message>
        <source>No products listed yet.</source>
        <translation>Ainda não há produtos.</translation>
    </message>
</context>
<context>
    <name>QrCard</name>
    <message>
        <source>Scan to open the website</source>
        <translation>Leia o código para abrir o site</translation>
    </message>
    <message>
        <source>Scan to save the contact</source>
        <translation>Leia o código para guardar o contacto</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Início</translation>
    </message>
</context>
</TS>
