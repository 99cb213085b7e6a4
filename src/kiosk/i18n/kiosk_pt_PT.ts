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
    <message>
        <source>Featured exhibitor</source>
        <translation>Expositor em destaque</translation>
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
    <name>PlaceholderScreen</name>
    <message>
        <source>This part of the kiosk is not available yet.</source>
        <translation>Esta parte do quiosque ainda não está disponível.</translation>
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
