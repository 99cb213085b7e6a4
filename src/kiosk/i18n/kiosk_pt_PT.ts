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
    <name>AccessibilityButton</name>
    <message>
        <source>Standard view</source>
        <translation>Vista normal</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Acessibilidade</translation>
    </message>
    <message>
        <source>Standard view: smaller text, standard colours</source>
        <translation>Vista normal: texto mais pequeno, cores habituais</translation>
    </message>
    <message>
        <source>Accessibility: larger text, high contrast, speech</source>
        <translation>Acessibilidade: texto maior, alto contraste, leitura em voz alta</translation>
    </message>
</context>
<context>
    <name>AgeGate</name>
    <message>
        <source>Thank you for visiting!</source>
        <translation>Obrigado pela sua visita!</translation>
    </message>
    <message>
        <source>Before you leave your details</source>
        <translation>Antes de deixar os seus dados</translation>
    </message>
    <message>
        <source>We do not collect personal details from visitors under %1, so nothing you enter here is asked for or kept. Enjoy the pavilion: you can go on exploring the exhibitors and scan their QR codes.</source>
        <translation>Não recolhemos dados pessoais de visitantes com menos de %1 anos, por isso nada lhe é pedido nem guardado aqui. Aproveite o pavilhão: pode continuar a explorar os expositores e ler os seus códigos QR.</translation>
    </message>
    <message>
        <source>Please tell us your age. We ask for contact details only from visitors aged %1 or older.</source>
        <translation>Diga-nos a sua idade. Só pedimos contactos a visitantes com %1 ou mais anos.</translation>
    </message>
    <message>
        <source>I am %1 or older</source>
        <translation>Tenho %1 anos ou mais</translation>
    </message>
    <message>
        <source>I am under %1</source>
        <translation>Tenho menos de %1 anos</translation>
    </message>
    <message>
        <source>Explore the exhibitors</source>
        <translation>Explorar os expositores</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Início</translation>
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
    <name>CrossBorderFigure</name>
    <message>
        <source>People whose data was sent abroad in %1 (to the recipients named in the consent notice)</source>
        <translation>Pessoas cujos dados foram enviados para o exterior em %1 (aos destinatários indicados no aviso de consentimento)</translation>
    </message>
    <message>
        <source>Under 100,000 people this year: no security assessment or standard contract is needed, but every visitor must still see the notice and agree separately (PIPL Art. 39).</source>
        <translation>Menos de 100 000 pessoas este ano: não é necessária avaliação de segurança nem contrato-tipo, mas cada visitante tem de ver o aviso e dar consentimento separado (art.º 39.º da PIPL).</translation>
    </message>
    <message>
        <source>100,000 people or more this year: a transfer abroad now needs a security assessment or a standard contract (PIPL Art. 38).</source>
        <translation>100 000 pessoas ou mais este ano: uma transferência para o exterior exige agora avaliação de segurança ou contrato-tipo (art.º 38.º da PIPL).</translation>
    </message>
</context>
<context>
    <name>CrossBorderNotice</name>
    <message>
        <source>Recipient</source>
        <translation>Destinatário</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidade</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Como</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Os seus dados</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Os seus direitos</translation>
    </message>
    <message>
        <source>This consent sends your data outside mainland China:</source>
        <translation>Este consentimento envia os seus dados para fora da China continental:</translation>
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
        <source>Book a meeting</source>
        <translation>Marcar reunião</translation>
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
    <name>LeadFormScreen</name>
    <message>
        <source>Business matching</source>
        <translation>Encontros de negócios</translation>
    </message>
    <message>
        <source>Leave your details and the exhibitors you are interested in can contact you during and after the expo.</source>
        <translation>Deixe os seus dados e os expositores que lhe interessam poderão contactá-lo durante e depois da feira.</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Sobre si</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>País ou região</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Telemóvel</translation>
    </message>
    <message>
        <source>Please give an email address or a mobile phone number, or both.</source>
        <translation>Indique um endereço de e-mail ou um número de telemóvel, ou ambos.</translation>
    </message>
    <message>
        <source>Your interests</source>
        <translation>Os seus interesses</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Setores</translation>
    </message>
    <message>
        <source>Exhibitors you would like to hear from</source>
        <translation>Expositores de quem gostaria de receber contacto</translation>
    </message>
    <message>
        <source>None chosen yet.</source>
        <translation>Ainda não escolheu nenhum.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remover %1</translation>
    </message>
    <message>
        <source>Add an exhibitor</source>
        <translation>Adicionar expositor</translation>
    </message>
    <message>
        <source>I would like to meet these exhibitors at the expo</source>
        <translation>Gostaria de me reunir com estes expositores na feira</translation>
    </message>
    <message>
        <source>Preferred day</source>
        <translation>Dia preferido</translation>
    </message>
    <message>
        <source>Preferred time</source>
        <translation>Período preferido</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Manhã</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Anything the exhibitors should know? (optional)</source>
        <translation>Algo que os expositores devam saber? (facultativo)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Your consent</source>
        <translation>O seu consentimento</translation>
    </message>
    <message>
        <source>Data controller: %1</source>
        <translation>Responsável pelo tratamento: %1</translation>
    </message>
    <message>
        <source>Tick each box you agree to. The boxes marked &quot;required&quot; must be ticked to send the form: without them we cannot pass your details on to the exhibitors.</source>
        <translation>Assinale cada opção com que concorda. As opções marcadas como «obrigatório» têm de ser assinaladas para enviar o formulário: sem elas não podemos transmitir os seus dados aos expositores.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obrigatório</translation>
    </message>
    <message>
        <source>More below: the boxes to tick</source>
        <translation>Mais abaixo: as opções a assinalar</translation>
    </message>
    <message>
        <source>Please check the fields marked in red.</source>
        <translation>Verifique os campos assinalados a vermelho.</translation>
    </message>
    <message>
        <source>Send my details</source>
        <translation>Enviar os meus dados</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Pesquisar por nome</translation>
    </message>
    <message>
        <source>Card read: please check your details.</source>
        <translation>Cartão lido: verifique os seus dados.</translation>
    </message>
    <message>
        <source>Leaving your contact details is not possible on this kiosk at the moment. Our staff at the pavilion&apos;s information desk will gladly note them for you.</source>
        <translation>De momento não é possível deixar os seus contactos neste quiosque. A nossa equipa no balcão de informações do pavilhão terá todo o gosto em registá-los.</translation>
    </message>
    <message>
        <source>Browse exhibitors</source>
        <translation>Ver expositores</translation>
    </message>
</context>
<context>
    <name>LeadLabel</name>
    <message>
        <source>required</source>
        <translation>obrigatório</translation>
    </message>
</context>
<context>
    <name>LeadMessages</name>
    <message>
        <source>Please enter your name.</source>
        <translation>Introduza o seu nome.</translation>
    </message>
    <message>
        <source>Please shorten your name to %1 characters.</source>
        <translation>Encurte o nome para %1 caracteres, no máximo.</translation>
    </message>
    <message>
        <source>Please shorten your family name to %1 characters.</source>
        <translation>Encurte o apelido para %1 caracteres.</translation>
    </message>
    <message>
        <source>Please shorten your given name(s) to %1 characters.</source>
        <translation>Encurte o nome próprio para %1 caracteres.</translation>
    </message>
    <message>
        <source>Please answer this question.</source>
        <translation>Responda a esta pergunta.</translation>
    </message>
    <message>
        <source>Please choose from the answers offered.</source>
        <translation>Escolha uma das respostas apresentadas.</translation>
    </message>
    <message>
        <source>Please choose one answer only.</source>
        <translation>Escolha apenas uma resposta.</translation>
    </message>
    <message>
        <source>Please shorten your answer to %1 characters.</source>
        <translation>Encurte a resposta para %1 caracteres.</translation>
    </message>
    <message>
        <source>This question is not part of the event.</source>
        <translation>Esta pergunta não faz parte do evento.</translation>
    </message>
    <message>
        <source>Answers are only for the exhibitors you chose.</source>
        <translation>As respostas são apenas para os expositores que escolheu.</translation>
    </message>
    <message>
        <source>Please shorten the company name to %1 characters.</source>
        <translation>Encurte o nome da empresa para %1 caracteres, no máximo.</translation>
    </message>
    <message>
        <source>Please shorten the job title to %1 characters.</source>
        <translation>Encurte o cargo para %1 caracteres, no máximo.</translation>
    </message>
    <message>
        <source>Please check the email address (for example name@example.com).</source>
        <translation>Verifique o endereço de e-mail (por exemplo, nome@exemplo.pt).</translation>
    </message>
    <message>
        <source>This email address is too long.</source>
        <translation>Este endereço de e-mail é demasiado longo.</translation>
    </message>
    <message>
        <source>Please check the phone number and the country or region.</source>
        <translation>Verifique o número de telefone e o país ou região.</translation>
    </message>
    <message>
        <source>Choose your country or region, or start the number with +.</source>
        <translation>Escolha o seu país ou região, ou comece o número por +.</translation>
    </message>
    <message>
        <source>This phone number is too long.</source>
        <translation>Este número de telefone é demasiado longo.</translation>
    </message>
    <message>
        <source>Please give an email address or a phone number so that we can reply.</source>
        <translation>Indique um endereço de e-mail ou um número de telefone para que possamos responder-lhe.</translation>
    </message>
    <message>
        <source>Please choose a country or region from the list.</source>
        <translation>Escolha um país ou região da lista.</translation>
    </message>
    <message>
        <source>This sector is not part of the event.</source>
        <translation>Este setor não faz parte do evento.</translation>
    </message>
    <message>
        <source>Please choose at most %1 sectors.</source>
        <translation>Escolha no máximo %1 setores.</translation>
    </message>
    <message>
        <source>This exhibitor is not part of the event.</source>
        <translation>Este expositor não faz parte do evento.</translation>
    </message>
    <message>
        <source>Please choose at most %1 exhibitors.</source>
        <translation>Escolha no máximo %1 expositores.</translation>
    </message>
    <message>
        <source>Choose at least one exhibitor you would like to meet.</source>
        <translation>Escolha pelo menos um expositor com quem gostaria de se reunir.</translation>
    </message>
    <message>
        <source>Please choose a day from the list.</source>
        <translation>Escolha um dia da lista.</translation>
    </message>
    <message>
        <source>Please choose a day between %1 and %2.</source>
        <translation>Escolha um dia entre %1 e %2.</translation>
    </message>
    <message>
        <source>Please choose morning or afternoon.</source>
        <translation>Escolha manhã ou tarde.</translation>
    </message>
    <message>
        <source>Please shorten your message to %1 characters (it has %2).</source>
        <translation>Encurte a mensagem para %1 caracteres, no máximo (tem %2).</translation>
    </message>
    <message>
        <source>This consent is needed: without it we cannot pass your details on for this purpose, so the form cannot be sent.</source>
        <translation>Este consentimento é necessário: sem ele não podemos transmitir os seus dados para esta finalidade, pelo que o formulário não pode ser enviado.</translation>
    </message>
    <message>
        <source>This consent is not part of the event.</source>
        <translation>Este consentimento não faz parte do evento.</translation>
    </message>
    <message>
        <source>This value cannot be used.</source>
        <translation>Este valor não pode ser utilizado.</translation>
    </message>
    <message>
        <source>Sorry, the kiosk is busy for a moment and could not save your details. Everything you entered is still here: please send it again.</source>
        <translation>Lamentamos, o quiosque está momentaneamente ocupado e não conseguiu guardar os seus dados. Tudo o que introduziu continua aqui: envie-os novamente.</translation>
    </message>
    <message>
        <source>Sorry, your details could not be saved because the kiosk&apos;s storage is full. Everything you entered is still here: please ask a member of staff for help.</source>
        <translation>Lamentamos, não foi possível guardar os seus dados porque o armazenamento do quiosque está cheio. Tudo o que introduziu continua aqui: peça ajuda a um membro da equipa.</translation>
    </message>
    <message>
        <source>Sorry, a meeting slot you chose has just been booked by someone else. Everything you entered is still here: please choose another time.</source>
        <translation>Lamentamos, um horário de reunião que escolheu acabou de ser marcado por outra pessoa. Tudo o que introduziu continua aqui: escolha outra hora.</translation>
    </message>
    <message>
        <source>Sorry, a meeting slot you chose has already started. Everything you entered is still here: please choose another time.</source>
        <translation>Lamentamos, um horário de reunião que escolheu já começou. Tudo o que introduziu continua aqui: escolha outra hora.</translation>
    </message>
    <message>
        <source>Sorry, the kiosk cannot save details at the moment. Everything you entered is still here: please ask a member of staff for help.</source>
        <translation>Lamentamos, o quiosque não consegue guardar dados neste momento. Tudo o que introduziu continua aqui: peça ajuda a um membro da equipa.</translation>
    </message>
    <message>
        <source>Sorry, your details could not be saved just now. Everything you entered is still here: please try again in a moment, or ask a member of staff for help.</source>
        <translation>Lamentamos, não foi possível guardar os seus dados neste momento. Tudo o que introduziu continua aqui: tente novamente daqui a pouco ou peça ajuda a um membro da equipa.</translation>
    </message>
</context>
<context>
    <name>LeadNameField</name>
    <message>
        <source>Family name</source>
        <translation>Apelido</translation>
    </message>
    <message>
        <source>Given name(s)</source>
        <translation>Nome próprio</translation>
    </message>
</context>
<context>
    <name>LeadPicker</name>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Nothing matches your search.</source>
        <translation>Nenhum resultado corresponde à pesquisa.</translation>
    </message>
</context>
<context>
    <name>LeadQuestions</name>
    <message>
        <source>Questions from %1</source>
        <translation>Perguntas de %1</translation>
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
        <source>Pavilion map: pinch, or use + and −, to zoom</source>
        <translation>Mapa do pavilhão: junte ou afaste dois dedos, ou use + e −, para ampliar</translation>
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
    <name>MeetingSection</name>
    <message>
        <source>Meetings at the business matching area</source>
        <translation>Reuniões na área de bolsas de contacto</translation>
    </message>
    <message>
        <source>Book a meeting</source>
        <translation>Marcar reunião</translation>
    </message>
</context>
<context>
    <name>MeetingSlotPicker</name>
    <message>
        <source>Book a meeting with %1</source>
        <translation>Marcar reunião com %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Time (each meeting lasts one slot)</source>
        <translation>Hora (cada reunião dura um horário)</translation>
    </message>
    <message>
        <source>%1 · Full</source>
        <translation>%1 · Lotado</translation>
    </message>
    <message>
        <source>%1 · You have another meeting</source>
        <translation>%1 · Já tem outra reunião</translation>
    </message>
    <message>
        <source>%1 · Over</source>
        <translation>%1 · Terminado</translation>
    </message>
</context>
<context>
    <name>MeetingsBooked</name>
    <message>
        <source>Your meetings</source>
        <translation>As suas reuniões</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Pending confirmation by staff</source>
        <translation>A aguardar confirmação da equipa</translation>
    </message>
    <message>
        <source>Scan to add the meetings to your phone&apos;s calendar.</source>
        <translation>Leia o código para adicionar as reuniões ao calendário do telemóvel.</translation>
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
        <source>Scan with WeChat to add us</source>
        <translation>Leia com o WeChat para nos adicionar</translation>
    </message>
    <message>
        <source>Scan to save the contact</source>
        <translation>Leia o código para guardar o contacto</translation>
    </message>
</context>
<context>
    <name>SpeechControls</name>
    <message>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Mais baixo</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Mais alto</translation>
    </message>
    <message>
        <source>No voice for this language on this PC: speech is off</source>
        <translation>Este PC não tem voz para esta língua: a leitura em voz alta está desligada</translation>
    </message>
</context>
<context>
    <name>StaffAuditPanel</name>
    <message>
        <source>Content loaded</source>
        <translation>Conteúdos carregados</translation>
    </message>
    <message>
        <source>Content held at a revision (empty: released)</source>
        <translation>Conteúdo mantido numa revisão (vazio: libertado)</translation>
    </message>
    <message>
        <source>Leads exported and verified</source>
        <translation>Contactos exportados e verificados</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>A exportação falhou</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Exportação cancelada</translation>
    </message>
    <message>
        <source>A lead could not be saved</source>
        <translation>Não foi possível guardar um contacto</translation>
    </message>
    <message>
        <source>Leads wiped</source>
        <translation>Contactos apagados</translation>
    </message>
    <message>
        <source>A visitor&apos;s data erased</source>
        <translation>Dados de um visitante apagados</translation>
    </message>
    <message>
        <source>A visitor&apos;s data erased from the central pool</source>
        <translation>Dados de um visitante apagados da base central</translation>
    </message>
    <message>
        <source>Leads past the retention period deleted</source>
        <translation>Contactos fora do prazo de conservação apagados</translation>
    </message>
    <message>
        <source>Staff PIN set</source>
        <translation>PIN de funcionários definido</translation>
    </message>
    <message>
        <source>PIN locked after wrong attempts</source>
        <translation>PIN bloqueado após tentativas erradas</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Definições alteradas</translation>
    </message>
    <message>
        <source>found by</source>
        <translation>encontrado por</translation>
    </message>
    <message>
        <source>central pool</source>
        <translation>base de dados central</translation>
    </message>
    <message>
        <source>content checksum</source>
        <translation>soma de controlo do conteúdo</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>apagados</translation>
    </message>
    <message>
        <source>deleted on this kiosk</source>
        <translation>apagados neste quiosque</translation>
    </message>
    <message>
        <source>deleted in the central pool</source>
        <translation>apagados na base de dados central</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>destino</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <source>exhibitor</source>
        <translation>expositor</translation>
    </message>
    <message>
        <source>exhibitors</source>
        <translation>expositores</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exportação</translation>
    </message>
    <message>
        <source>exports holding them</source>
        <translation>exportações que os contêm</translation>
    </message>
    <message>
        <source>wrong attempts</source>
        <translation>tentativas erradas</translation>
    </message>
    <message>
        <source>files</source>
        <translation>ficheiros</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>pasta</translation>
    </message>
    <message>
        <source>formats</source>
        <translation>formatos</translation>
    </message>
    <message>
        <source>idle time (seconds)</source>
        <translation>tempo sem toques (segundos)</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importação</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>mantidos</translation>
    </message>
    <message>
        <source>kiosk id</source>
        <translation>identificação do quiosque</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>contactos</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>modo</translation>
    </message>
    <message>
        <source>older than (days)</source>
        <translation>mais antigos do que (dias)</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>substituído</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>revisão</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>mouse cursor</source>
        <translation>cursor do rato</translation>
    </message>
    <message>
        <source>since</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>source</source>
        <translation>origem</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One detail of an audit entry: %1 what it is, %2 its value.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Only failed lead saves</source>
        <translation>Só gravações de contactos falhadas</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Ainda não há registos</translation>
    </message>
</context>
<context>
    <name>StaffBarList</name>
    <message>
        <source>Nothing yet</source>
        <translation>Ainda nada</translation>
    </message>
</context>
<context>
    <name>StaffContentPanel</name>
    <message>
        <source>this field is required and has no value</source>
        <translation>este campo é obrigatório e não tem valor</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vazio</translation>
    </message>
    <message>
        <source>unknown field; did you mean &quot;%1&quot;?</source>
        <translation>campo desconhecido; quis dizer &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>unknown field (allowed: %1)</source>
        <translation>campo desconhecido (permitidos: %1)</translation>
    </message>
    <message>
        <source>is given twice in the same object; keep one</source>
        <translation>aparece duas vezes no mesmo objeto; mantenha só um</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>tem %1 caracteres; são permitidos no máximo %2</translation>
    </message>
    <message>
        <source>%1 is not a country code; use &quot;%2&quot;</source>
        <translation>%1 não é um código de país; use &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is not a two-letter country code (e.g. MO, CN, PT, BR)</source>
        <translation>%1 não é um código de país de duas letras (p. ex. MO, CN, PT, BR)</translation>
    </message>
    <message>
        <source>%1 is not a valid email address</source>
        <translation>%1 não é um endereço de e-mail válido</translation>
    </message>
    <message>
        <source>%1: start with + and the country code, e.g. +853 2871 0300</source>
        <translation>%1: comece por + e o indicativo do país, p. ex. +853 2871 0300</translation>
    </message>
    <message>
        <source>%1 is not a valid phone number</source>
        <translation>%1 não é um número de telefone válido</translation>
    </message>
    <message>
        <source>%1 is not a web address; it must start with https://</source>
        <translation>%1 não é um endereço web; tem de começar por https://</translation>
    </message>
    <message>
        <source>%1 is not a date in the form YYYY-MM-DD</source>
        <translation>%1 não é uma data no formato AAAA-MM-DD</translation>
    </message>
    <message>
        <source>%1 is not a valid id: use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>%1 não é um identificador válido: use letras minúsculas, algarismos, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;</translation>
    </message>
    <message>
        <source>%1 is not the id of anything in this pack; did you mean &quot;%2&quot;?</source>
        <translation>%1 não é o identificador de nada neste pacote; quis dizer &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>%1 is not the id of anything in this pack</source>
        <translation>%1 não é o identificador de nada neste pacote</translation>
    </message>
    <message>
        <source>the image file %1 is not in the pack</source>
        <translation>o ficheiro de imagem %1 não está no pacote</translation>
    </message>
    <message>
        <source>is not a PNG, JPEG or WebP image</source>
        <translation>não é uma imagem PNG, JPEG ou WebP</translation>
    </message>
    <message>
        <source>is a formula (%1); type the value itself</source>
        <translation>é uma fórmula (%1); escreva o próprio valor</translation>
    </message>
    <message>
        <source>merged cells; unmerge them and fill in each cell</source>
        <translation>células unidas; separe-as e preencha cada célula</translation>
    </message>
    <message>
        <source>is a hidden sheet; unhide it or delete it</source>
        <translation>é uma folha oculta; mostre-a ou elimine-a</translation>
    </message>
    <message>
        <source>is not a sheet the kiosk reads; rename it back to &quot;%1&quot;</source>
        <translation>não é uma folha que o quiosque lê; volte a chamá-la &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is not a sheet the kiosk reads; delete it</source>
        <translation>não é uma folha que o quiosque lê; elimine-a</translation>
    </message>
    <message>
        <source>this sheet is missing from the workbook</source>
        <translation>esta folha falta no livro</translation>
    </message>
    <message>
        <source>unknown column %1; did you mean &quot;%2&quot;?</source>
        <translation>coluna desconhecida %1; queria dizer &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>unknown column %1</source>
        <translation>coluna desconhecida %1</translation>
    </message>
    <message>
        <source>%1 is a number, not a date; type the date as YYYY-MM-DD</source>
        <translation>%1 é um número, não uma data; escreva a data como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Excel turned this into a date; format the column as Text and type it again</source>
        <translation>o Excel transformou isto numa data; formate a coluna como Texto e escreva de novo</translation>
    </message>
    <message>
        <source>is not an Excel workbook (.xlsx)</source>
        <translation>não é um livro do Excel (.xlsx)</translation>
    </message>
    <message>
        <source>holds macros; save it as an Excel Workbook (.xlsx)</source>
        <translation>contém macros; guarde-o como Livro do Excel (.xlsx)</translation>
    </message>
    <message>
        <source>%1 (details in English)</source>
        <translation>%1 (pormenores em inglês)</translation>
    </message>
    <message>
        <source>Content packs found</source>
        <translation>Pacotes de conteúdos encontrados</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Procurar de novo</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Escolher uma pasta…</translation>
    </message>
    <message>
        <source>No content pack or workbook found on the USB drives or in the kiosk&apos;s folders. A pack is a folder holding content.json, or an Excel workbook (.xlsx) with its images beside it.</source>
        <translation>Não foi encontrado nenhum pacote de conteúdos nem livro de Excel nas unidades USB nem nas pastas do quiosque. Um pacote é uma pasta com o ficheiro content.json, ou um livro de Excel (.xlsx) com as imagens ao lado.</translation>
    </message>
    <message>
        <source>Choose a content pack folder</source>
        <translation>Escolher a pasta do pacote de conteúdos</translation>
    </message>
    <message>
        <source>Check this folder</source>
        <translation>Verificar esta pasta</translation>
    </message>
    <message>
        <source>Check and load</source>
        <translation>Verificar e carregar</translation>
    </message>
    <message>
        <source>Checking the pack…</source>
        <translation>A verificar o pacote…</translation>
    </message>
    <message>
        <source>The pack is valid: %1</source>
        <translation>O pacote é válido: %1</translation>
    </message>
    <message>
        <source>The pack has %1 problems. Nothing was changed; the kiosk keeps its content.</source>
        <translation>O pacote tem %1 problemas. Nada foi alterado; o quiosque mantém os conteúdos atuais.</translation>
    </message>
    <message>
        <source>Loading the pack…</source>
        <translation>A carregar o pacote…</translation>
    </message>
    <message>
        <source>Loaded. The kiosk shows the new content. %1</source>
        <translation>Carregado. O quiosque mostra os novos conteúdos. %1</translation>
    </message>
    <message>
        <source>The pack could not be loaded. Nothing was changed.</source>
        <translation>Não foi possível carregar o pacote. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Choose a pack to check it.</source>
        <translation>Escolha um pacote para o verificar.</translation>
    </message>
    <message>
        <source>Load this pack</source>
        <translation>Carregar este pacote</translation>
    </message>
</context>
<context>
    <name>StaffDashboard</name>
    <message>
        <source>Staff mode</source>
        <translation>Modo de funcionários</translation>
    </message>
    <message>
        <source>Closes after %1 minutes without a touch</source>
        <translation>Fecha-se após %1 minutos sem toques</translation>
    </message>
    <message>
        <source>Back to visitor mode</source>
        <translation>Voltar ao modo de visitante</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Export leads</source>
        <translation>Exportar contactos</translation>
    </message>
    <message>
        <source>Wipe leads</source>
        <translation>Apagar contactos</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation>Recarregar conteúdos</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniões</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registo de auditoria</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronização</translation>
    </message>
    <message>
        <source>Quit the kiosk</source>
        <translation>Fechar o quiosque</translation>
    </message>
    <message>
        <source>Quit the kiosk?</source>
        <translation>Fechar o quiosque?</translation>
    </message>
    <message>
        <source>The kiosk window closes. Visitors cannot use this screen until the kiosk is started again.</source>
        <translation>A janela do quiosque fecha-se. Os visitantes não podem usar este ecrã até o quiosque ser iniciado de novo.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>StaffExportPanel</name>
    <message>
        <source>The drive is full.</source>
        <translation>A unidade está cheia.</translation>
    </message>
    <message>
        <source>The drive is read-only.</source>
        <translation>A unidade é só de leitura.</translation>
    </message>
    <message>
        <source>The drive is no longer there. Was it pulled out?</source>
        <translation>A unidade já não está ligada. Foi retirada?</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>A exportação falhou.</translation>
    </message>
    <message>
        <source>1. Where to</source>
        <translation>1. Para onde</translation>
    </message>
    <message>
        <source>No USB drive found. Plug one in, or choose a folder.</source>
        <translation>Não foi encontrada nenhuma unidade USB. Ligue uma ou escolha uma pasta.</translation>
    </message>
    <message>
        <source>%1 · read-only</source>
        <translation>%1 · só de leitura</translation>
    </message>
    <message>
        <source>%1 · %2 free</source>
        <translation>%1 · %2 livres</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Escolher uma pasta…</translation>
    </message>
    <message>
        <source>2. What</source>
        <translation>2. O quê</translation>
    </message>
    <message>
        <source>CSV (Excel, any spreadsheet)</source>
        <translation>CSV (Excel, qualquer folha de cálculo)</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Livro do Excel</translation>
    </message>
    <message>
        <source>Salesforce import file</source>
        <translation>Ficheiro de importação Salesforce</translation>
    </message>
    <message>
        <source>HubSpot import file</source>
        <translation>Ficheiro de importação HubSpot</translation>
    </message>
    <message>
        <source>All leads, with one file per exhibitor</source>
        <translation>Todos os contactos, com um ficheiro por expositor</translation>
    </message>
    <message>
        <source>Only %1 (%2 leads)</source>
        <translation>Só %1 (%2 contactos)</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Escolher uma pasta</translation>
    </message>
    <message>
        <source>Export to this folder</source>
        <translation>Exportar para esta pasta</translation>
    </message>
    <message>
        <source>3. Export</source>
        <translation>3. Exportar</translation>
    </message>
    <message>
        <source>Choose where to export first.</source>
        <translation>Escolha primeiro para onde exportar.</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <source>All leads; every file is read back and checked before it counts as exported.</source>
        <translation>Todos os contactos; cada ficheiro é lido de novo e verificado antes de contar como exportado.</translation>
    </message>
    <message>
        <source>Only the leads who chose %1 and agreed to share their details with exhibitors.</source>
        <translation>Só os contactos que escolheram %1 e aceitaram partilhar os seus dados com os expositores.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Reading the files back to check them…</source>
        <translation>A ler os ficheiros de novo para os verificar…</translation>
    </message>
    <message>
        <source>Writing one file per exhibitor…</source>
        <translation>A escrever um ficheiro por expositor…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>A terminar…</translation>
    </message>
    <message>
        <source>Writing the leads…</source>
        <translation>A escrever os contactos…</translation>
    </message>
    <message>
        <source>Exported and checked: %1 leads</source>
        <translation>Exportados e verificados: %1 contactos</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Pasta: %1</translation>
    </message>
    <message>
        <source>This folder is on the kiosk&apos;s own disk, not on a drive: wiping leads does not count this export.</source>
        <translation>Esta pasta está no disco do próprio quiosque, não numa unidade: esta exportação não conta para apagar contactos.</translation>
    </message>
    <message>
        <source>Unfinished exports found on the drive and removed: %1</source>
        <translation>Exportações inacabadas encontradas na unidade e removidas: %1</translation>
    </message>
    <message>
        <source>Export cancelled. No lead counts as exported.</source>
        <translation>Exportação cancelada. Nenhum contacto conta como exportado.</translation>
    </message>
    <message>
        <source>System message: %1</source>
        <translation>Mensagem do sistema: %1</translation>
    </message>
    <message>
        <source>No leads were marked as exported.</source>
        <translation>Nenhum contacto foi marcado como exportado.</translation>
    </message>
</context>
<context>
    <name>StaffFolderPicker</name>
    <message>
        <source>Use this folder</source>
        <translation>Usar esta pasta</translation>
    </message>
    <message>
        <source>Kiosk data folder</source>
        <translation>Pasta de dados do quiosque</translation>
    </message>
    <message>
        <source>Home folder</source>
        <translation>Pasta pessoal</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Choose where to start above.</source>
        <translation>Escolha acima por onde começar.</translation>
    </message>
    <message>
        <source>content pack</source>
        <translation>pacote de conteúdos</translation>
    </message>
    <message>
        <source>No folders in here</source>
        <translation>Não há pastas aqui</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>StaffMatchingPanel</name>
    <message>
        <source>This event has no business matching sessions.</source>
        <translation>Este evento não tem sessões de bolsas de contacto.</translation>
    </message>
    <message>
        <source>Write agendas</source>
        <translation>Escrever agendas</translation>
    </message>
    <message>
        <source>Agendas (XLSX and printable pages, one per exhibitor) written to %1</source>
        <translation>Agendas (XLSX e páginas para imprimir, uma por expositor) escritas em %1</translation>
    </message>
    <message>
        <source>No meetings booked in this slot.</source>
        <translation>Sem reuniões marcadas neste horário.</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Mesa %1</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Não compareceu</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>Cancelar reunião</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Mudar para %1</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Pending confirmation</source>
        <translation>Por confirmar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Conflict: table given to another visitor</source>
        <translation>Conflito: mesa atribuída a outro visitante</translation>
    </message>
</context>
<context>
    <name>StaffOverviewPanel</name>
    <message>
        <source>Leads today</source>
        <translation>Contactos hoje</translation>
    </message>
    <message>
        <source>Leads in total</source>
        <translation>Contactos no total</translation>
    </message>
    <message>
        <source>Matching requests</source>
        <translation>Pedidos de encontros</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Não foi possível calcular os números: %1</translation>
    </message>
    <message>
        <source>Leads per hour today</source>
        <translation>Contactos por hora hoje</translation>
    </message>
    <message>
        <source>No leads yet today</source>
        <translation>Ainda não há contactos hoje</translation>
    </message>
    <message>
        <source>Languages used on the kiosk</source>
        <translation>Línguas usadas no quiosque</translation>
    </message>
    <message>
        <source>Top exhibitors by interest</source>
        <translation>Expositores com mais interesse</translation>
    </message>
    <message>
        <source>Taps per exhibitor</source>
        <translation>Toques por expositor</translation>
    </message>
    <message>
        <source>Leads per pavilion</source>
        <translation>Contactos por pavilhão</translation>
    </message>
    <message>
        <source>Visitor countries</source>
        <translation>Países dos visitantes</translation>
    </message>
    <message>
        <source>Language of the form</source>
        <translation>Língua do formulário</translation>
    </message>
    <message>
        <source>Consents granted</source>
        <translation>Consentimentos dados</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Ainda nada</translation>
    </message>
    <message>
        <source>%1 yes · %2 no</source>
        <translation>%1 sim · %2 não</translation>
    </message>
    <message>
        <source>Leads per exhibitor</source>
        <translation>Contactos por expositor</translation>
    </message>
</context>
<context>
    <name>StaffPinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>PIN de funcionário</translation>
    </message>
    <message>
        <source>Enter the PIN to open staff mode.</source>
        <translation>Introduza o PIN para abrir o modo de funcionários.</translation>
    </message>
    <message>
        <source>Wrong PIN. Attempts left before the pad locks: %1</source>
        <translation>PIN errado. Tentativas restantes antes do bloqueio: %1</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Demasiados PIN errados. Tente de novo daqui a %1.</translation>
    </message>
    <message>
        <source>Staff mode is not set up</source>
        <translation>Modo de funcionários por configurar</translation>
    </message>
    <message>
        <source>Staff mode is not set up on this kiosk. Set the staff PIN on the kiosk&apos;s PC with the command: kiosk set-pin</source>
        <translation>O modo de funcionários não está configurado neste quiosque. Defina o PIN de funcionário no PC do quiosque com o comando: kiosk set-pin</translation>
    </message>
    <message>
        <source>The PIN could not be checked: %1</source>
        <translation>Não foi possível verificar o PIN: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>StaffSettingsPanel</name>
    <message>
        <source>Kiosk settings</source>
        <translation>Definições do quiosque</translation>
    </message>
    <message>
        <source>Idle time before a visit ends (seconds)</source>
        <translation>Tempo sem toques até terminar a visita (segundos)</translation>
    </message>
    <message>
        <source>Kiosk id (on every lead and export)</source>
        <translation>Identificação do quiosque (em cada contacto e exportação)</translation>
    </message>
    <message>
        <source>Show the mouse cursor</source>
        <translation>Mostrar o cursor do rato</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>The kiosk id must not be empty.</source>
        <translation>A identificação do quiosque não pode ficar vazia.</translation>
    </message>
    <message>
        <source>The kiosk id may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>A identificação do quiosque só pode ter letras, algarismos, &apos;.&apos;, &apos;_&apos; e &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The kiosk id is too long.</source>
        <translation>A identificação do quiosque é demasiado longa.</translation>
    </message>
    <message>
        <source>The idle time must be between %1 and %2 seconds.</source>
        <translation>O tempo sem toques tem de estar entre %1 e %2 segundos.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Move the picture a few pixels now and then (protects the screen from burn-in)</source>
        <translation>Deslocar a imagem alguns píxeis de vez em quando (protege o ecrã contra marcas permanentes)</translation>
    </message>
    <message>
        <source>Hold the content at its revision (no content from the central pool yet)</source>
        <translation>Manter o conteúdo na revisão atual (ainda sem conteúdo do repositório central)</translation>
    </message>
    <message>
        <source>Hold the content at revision %1: newer packs wait</source>
        <translation>Manter o conteúdo na revisão %1: os pacotes mais recentes esperam</translation>
    </message>
    <message>
        <source>Where this kiosk stands (&quot;You are here&quot; on the map)</source>
        <translation>Onde está este quiosque («Está aqui» no mapa)</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>Não mostrar</translation>
    </message>
</context>
<context>
    <name>StaffSpeechSetting</name>
    <message>
        <source>Read aloud for every visitor (not only in accessibility mode)</source>
        <translation>Ler em voz alta para todos os visitantes (não só no modo de acessibilidade)</translation>
    </message>
    <message>
        <source>Voice for the language on show: %1</source>
        <translation>Voz para a língua apresentada: %1</translation>
    </message>
    <message>
        <source>This PC has no voice for the language on show.</source>
        <translation>Este PC não tem voz para a língua apresentada.</translation>
    </message>
</context>
<context>
    <name>StaffSyncPanel</name>
    <message>
        <source>This kiosk</source>
        <translation>Este quiosque</translation>
    </message>
    <message>
        <source>Leads waiting to be sent: %1</source>
        <translation>Contactos à espera de envio: %1</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>Ainda nada foi enviado.</translation>
    </message>
    <message>
        <source>Last successful push: %1</source>
        <translation>Último envio bem-sucedido: %1</translation>
    </message>
    <message>
        <source>Sending: up to date, watching for new leads.</source>
        <translation>Envio: em dia, à espera de novos contactos.</translation>
    </message>
    <message>
        <source>Sending: in progress…</source>
        <translation>Envio: em curso…</translation>
    </message>
    <message>
        <source>Sending: the pool cannot be reached; the kiosk keeps every lead and tries again.</source>
        <translation>Envio: a base de dados central está inacessível; o quiosque guarda todos os contactos e tenta de novo.</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último erro: %1</translation>
    </message>
    <message>
        <source>Leads set aside, refused by the central pool: %1. They stay on this kiosk and cannot be wiped until they reach the pool. Fix the cause, then try again.</source>
        <translation>Contactos postos de parte, recusados pela base de dados central: %1. Ficam neste quiosque e não podem ser apagados até lá chegarem. Corrija a causa e tente de novo.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Central pool</source>
        <translation>Base de dados central</translation>
    </message>
    <message>
        <source>Not reachable now: %1</source>
        <translation>Inacessível neste momento: %1</translation>
    </message>
    <message>
        <source>%1 (this kiosk)</source>
        <translation>%1 (este quiosque)</translation>
    </message>
    <message>
        <source>No push yet</source>
        <translation>Ainda sem envios</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 à espera</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Em linha</translation>
    </message>
    <message>
        <source>Late (no heartbeat for over 3 minutes)</source>
        <translation>Atrasado (sem sinal há mais de 3 minutos)</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Fora de linha</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versão %1</translation>
    </message>
    <message>
        <source>no content</source>
        <translation>sem conteúdo</translation>
    </message>
    <message>
        <source>content loaded by hand</source>
        <translation>conteúdo carregado à mão</translation>
    </message>
    <message>
        <source>content %1</source>
        <translation>conteúdo %1</translation>
    </message>
    <message>
        <source>Its version differs from the other kiosks.</source>
        <translation>A versão difere da dos outros quiosques.</translation>
    </message>
    <message>
        <source>Held at another content revision by staff.</source>
        <translation>Mantido pela equipa noutra revisão do conteúdo.</translation>
    </message>
    <message>
        <source>Its content differs from the published pack.</source>
        <translation>O conteúdo difere do pacote publicado.</translation>
    </message>
    <message>
        <source>Last push: %1</source>
        <translation>Último envio: %1</translation>
    </message>
    <message>
        <source>%1 leads; %2 people at the last merge</source>
        <translation>%1 contactos; %2 pessoas na última fusão</translation>
    </message>
    <message>
        <source>%1 leads; not merged into people yet</source>
        <translation>%1 contactos; ainda não agrupados por pessoa</translation>
    </message>
    <message>
        <source>%1 leads pooled</source>
        <translation>%1 contactos reunidos</translation>
    </message>
</context>
<context>
    <name>StaffWipePanel</name>
    <message>
        <source>Wipe exported leads</source>
        <translation>Apagar contactos exportados</translation>
    </message>
    <message>
        <source>The central pool refused some leads, and they are set aside on this kiosk; wiped now, they would never get there. See the Sync screen for why, fix it and send them again, then wipe.</source>
        <translation>A base de dados central recusou alguns contactos, que estão postos de parte neste quiosque; apagados agora, nunca lá chegariam. Veja o porquê no ecrã Sincronização, corrija a causa e envie-os de novo; apague depois.</translation>
    </message>
    <message>
        <source>Some leads have not reached the central pool yet; wiped now, they would never get there. Let the kiosk sync first, then wipe.</source>
        <translation>Alguns contactos ainda não chegaram à base de dados central; apagados agora, nunca lá chegariam. Deixe o quiosque sincronizar primeiro e apague depois.</translation>
    </message>
    <message>
        <source>No verified export of all leads to a USB drive exists on this kiosk. Export the leads to a drive first: only then can they be wiped safely (an export to a folder on the kiosk&apos;s own disk does not count).</source>
        <translation>Este quiosque não tem nenhuma exportação verificada de todos os contactos para uma unidade USB. Exporte-os primeiro para uma unidade: só depois podem ser apagados em segurança (uma exportação para uma pasta no disco do próprio quiosque não conta).</translation>
    </message>
    <message>
        <source>%1 leads are in a verified export and can be wiped. %2 leads are not in any export as they are now, and stay.</source>
        <translation>%1 contactos estão numa exportação verificada e podem ser apagados. %2 contactos não estão, tal como estão agora, em nenhuma exportação e ficam.</translation>
    </message>
    <message>
        <source>Wipe %1 exported leads</source>
        <translation>Apagar %1 contactos exportados</translation>
    </message>
    <message>
        <source>Wipe every lead</source>
        <translation>Apagar todos os contactos</translation>
    </message>
    <message>
        <source>This deletes every lead on this kiosk, exported or not. Leads that were not exported are lost. To confirm, type this phrase:</source>
        <translation>Isto apaga todos os contactos deste quiosque, exportados ou não. Os contactos não exportados perdem-se. Para confirmar, escreva esta frase:</translation>
    </message>
    <message>
        <source>Type the phrase here</source>
        <translation>Escreva a frase aqui</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Wiping…</source>
        <translation>A apagar…</translation>
    </message>
    <message>
        <source>%1 leads wiped; %2 kept.</source>
        <translation>%1 contactos apagados; %2 mantidos.</translation>
    </message>
    <message>
        <source>The phrase does not match. Nothing was deleted.</source>
        <translation>A frase não corresponde. Nada foi apagado.</translation>
    </message>
    <message>
        <source>The wipe failed: %1</source>
        <translation>A eliminação falhou: %1</translation>
    </message>
    <message>
        <source>Wipe %1 leads?</source>
        <translation>Apagar %1 contactos?</translation>
    </message>
    <message>
        <source>They are deleted from this kiosk for good. The export holds them.</source>
        <translation>São apagados deste quiosque para sempre. A exportação guarda-os.</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>Apagar</translation>
    </message>
</context>
<context>
    <name>StaffZipPassword</name>
    <message>
        <source>At least 8 characters.</source>
        <translation>Pelo menos 8 caracteres.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>As duas palavras-passe são diferentes.</translation>
    </message>
    <message>
        <source>Give the password to the recipient separately, never on the drive.</source>
        <translation>Entregue a palavra-passe ao destinatário em separado, nunca na pen.</translation>
    </message>
    <message>
        <source>Encrypted ZIP with a password</source>
        <translation>ZIP encriptado com palavra-passe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Palavra-passe</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repita a palavra-passe</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <source>Thank you!</source>
        <translation>Obrigado!</translation>
    </message>
    <message>
        <source>Your details have been saved. They will be passed on only as you agreed, and the exhibitors you chose can contact you.</source>
        <translation>Os seus dados foram guardados. Só serão transmitidos nos termos com que concordou, e os expositores que escolheu poderão contactá-lo.</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Entidade organizadora</translation>
    </message>
    <message>
        <source>You can withdraw your consent, or ask to see, correct or delete your details, at any time: contact %1 using the contact details on the left.</source>
        <translation>Pode retirar o seu consentimento, ou pedir para consultar, corrigir ou apagar os seus dados, a qualquer momento, junto de: %1 (contactos à esquerda).</translation>
    </message>
    <message>
        <source>You can withdraw your consent, or ask to see, correct or delete your details, at any time: contact the organiser using the contact details on the left.</source>
        <translation>Pode retirar o seu consentimento, ou pedir para consultar, corrigir ou apagar os seus dados, a qualquer momento, junto da entidade organizadora (contactos à esquerda).</translation>
    </message>
    <message>
        <source>Back to Home</source>
        <translation>Voltar ao início</translation>
    </message>
    <message>
        <source>Returning to Home in %1 s</source>
        <translation>Regresso ao início dentro de %1 s</translation>
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
<context>
    <name>YouAreHereMarker</name>
    <message>
        <source>You are here</source>
        <translation>Está aqui</translation>
    </message>
</context>
</TS>
