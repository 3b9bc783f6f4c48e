<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI">
<context>
    <name>QObject</name>
    <message>
        <source>Kassa cannot start</source>
        <translation>Kassan startar inte</translation>
    </message>
    <message>
        <source>Kassa is already running on %1.</source>
        <translation>Kassan körs redan i %1.</translation>
    </message>
    <message>
        <source>The till&apos;s data in %1 cannot be used: %2. Check that the folder is writable; if the file is damaged, restore the latest backup.</source>
        <translation>Kassans data i %1 kan inte användas: %2. Kontrollera att mappen går att skriva i; om filen är skadad, återställ den senaste säkerhetskopian.</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; is not valid: use none, file:PATH or tcp:HOST:PORT.</source>
        <translation>Skrivaren &quot;%1&quot; duger inte: använd none, file:SÖKVÄG eller tcp:VÄRD:PORT.</translation>
    </message>
</context>
<context>
    <name>kassa::core::Error</name>
    <message>
        <source>Nothing was scanned. Scan the barcode again or type the code.</source>
        <translation>Ingenting lästes. Läs streckkoden igen eller skriv koden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a barcode: a code has digits only. Scan again or type the digits.</source>
        <translation>&quot;%1&quot; är ingen streckkod: en kod har bara siffror. Läs igen eller skriv siffrorna.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a barcode: codes have 8, 12, 13 or 14 digits. Scan again.</source>
        <translation>&quot;%1&quot; är ingen streckkod: koder har 8, 12, 13 eller 14 siffror. Läs igen.</translation>
    </message>
    <message>
        <source>Code %1 has a wrong check digit: it was misread or mistyped. Scan again.</source>
        <translation>Koden %1 har fel kontrollsiffra: den lästes eller skrevs fel. Läs igen.</translation>
    </message>
    <message>
        <source>No product has the code %1. Check the code or ask a supervisor to add the product.</source>
        <translation>Ingen produkt har koden %1. Kontrollera koden eller be en förman lägga till produkten.</translation>
    </message>
    <message>
        <source>Quantity &quot;%1&quot; is not valid: pieces are whole numbers above zero, weights are kilograms above zero.</source>
        <translation>Mängden &quot;%1&quot; duger inte: styck är heltal över noll, vikter är kilogram över noll.</translation>
    </message>
    <message>
        <source>That quantity is too large: at most %1 on one line. Check the quantity.</source>
        <translation>Mängden är för stor: högst %1 på en rad. Kontrollera mängden.</translation>
    </message>
    <message>
        <source>%1 is sold by weight: type the weight in kilograms first, then add the product.</source>
        <translation>%1 säljs per vikt: skriv först vikten i kilogram och lägg sedan till produkten.</translation>
    </message>
    <message>
        <source>There is no line %1 in the basket.</source>
        <translation>Korgen har ingen rad %1.</translation>
    </message>
    <message>
        <source>Line %1 has already been voided.</source>
        <translation>Rad %1 är redan makulerad.</translation>
    </message>
    <message>
        <source>That discount is not valid: it must be between zero and the amount it applies to.</source>
        <translation>Rabatten duger inte: den ska vara mellan noll och beloppet den gäller.</translation>
    </message>
    <message>
        <source>A discount of %1 needs a supervisor&apos;s approval.</source>
        <translation>En rabatt på %1 kräver en förmans godkännande.</translation>
    </message>
    <message>
        <source>%1 may not approve this: a supervisor or manager must.</source>
        <translation>%1 får inte godkänna detta: det ska en förman eller chef göra.</translation>
    </message>
    <message>
        <source>The basket is empty: scan a product first.</source>
        <translation>Korgen är tom: läs först en produkt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: type euros and cents, for example 20 or 12,50.</source>
        <translation>&quot;%1&quot; är inget belopp: skriv euro och cent, till exempel 20 eller 12,50.</translation>
    </message>
    <message>
        <source>%1 is more than is left to pay. Only cash can be more than is due.</source>
        <translation>%1 är mer än vad som återstår att betala. Bara kontanter får vara mer än summan.</translation>
    </message>
    <message>
        <source>The payment does not cover the total: %1 is still to pay.</source>
        <translation>Betalningen täcker inte summan: %1 återstår att betala.</translation>
    </message>
    <message>
        <source>The sale is not paid yet: %1 is still to pay.</source>
        <translation>Köpet är inte betalt än: %1 återstår att betala.</translation>
    </message>
    <message>
        <source>The card was declined for %1. Ask for another card or another way to pay.</source>
        <translation>Kortet nekades för %1. Be om ett annat kort eller ett annat betalsätt.</translation>
    </message>
    <message>
        <source>The payment terminal does not answer. Check its cable and power, or take cash.</source>
        <translation>Betalterminalen svarar inte. Kontrollera kabeln och strömmen, eller ta emot kontanter.</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong PINs until %1. A manager can unlock it.</source>
        <translation>Kontot är låst efter för många felaktiga PIN-koder till %1. En chef kan låsa upp det.</translation>
    </message>
    <message>
        <source>Suspended basket %1 no longer exists: it may have been recalled already.</source>
        <translation>Den parkerade korgen %1 finns inte längre: den kan redan ha hämtats.</translation>
    </message>
    <message>
        <source>Finish or suspend the open basket first.</source>
        <translation>Slutför eller parkera först den öppna korgen.</translation>
    </message>
    <message>
        <source>The till&apos;s disk is full, so the sale was not recorded. The basket is kept: call store IT, then try again.</source>
        <translation>Kassans disk är full, så köpet registrerades inte. Korgen finns kvar: ring butikens IT och försök sedan igen.</translation>
    </message>
    <message>
        <source>The till cannot write its data folder, so nothing was recorded. The basket is kept: call store IT, then try again. (%1)</source>
        <translation>Kassan kan inte skriva i sin datamapp, så ingenting registrerades. Korgen finns kvar: ring butikens IT och försök sedan igen. (%1)</translation>
    </message>
    <message>
        <source>The till could not record this (%1). The basket is kept: try again, and call store IT if it repeats.</source>
        <translation>Kassan kunde inte registrera detta (%1). Korgen finns kvar: försök igen och ring butikens IT om det upprepas.</translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation>Godtogs inte: %1</translation>
    </message>
    <message>
        <source>No receipt or web order %1 is known. Check the number; without a network, scan the QR code printed on the receipt.</source>
        <translation>Inget kvitto eller webbeställning %1 är känd. Kontrollera numret; utan nätverk, läs QR-koden på kvittot.</translation>
    </message>
    <message>
        <source>There is no %1. Check the line number.</source>
        <translation>Finns inte: %1. Kontrollera radnumret.</translation>
    </message>
    <message>
        <source>%1 has been returned already in full: nothing of it can come back.</source>
        <translation>%1 har redan returnerats helt: inget mer kan returneras.</translation>
    </message>
    <message>
        <source>Too many: %1. Lower the quantity to what can still come back.</source>
        <translation>För många: %1. Sänk antalet till det som ännu kan returneras.</translation>
    </message>
    <message>
        <source>The return period has passed: %1. A manager may take it back as a return without a receipt.</source>
        <translation>Returtiden har gått ut: %1. En chef kan ta emot den som retur utan kvitto.</translation>
    </message>
    <message>
        <source>%1 cannot be returned under the chain&apos;s policy.</source>
        <translation>%1 kan inte returneras enligt kedjans returvillkor.</translation>
    </message>
    <message>
        <source>The policy does not allow this refund: %1. Choose another way to refund.</source>
        <translation>Returvillkoren tillåter inte denna återbetalning: %1. Välj ett annat sätt.</translation>
    </message>
    <message>
        <source>Without a connection to head office this till may refund no more: %1. A manager may approve it, or wait until the connection is back.</source>
        <translation>Utan anslutning till huvudkontoret får kassan inte återbetala mer: %1. En chef kan godkänna det, eller vänta tills anslutningen är tillbaka.</translation>
    </message>
    <message>
        <source>The chain&apos;s policy takes no returns without a receipt or order number.</source>
        <translation>Kedjans returvillkor tillåter inga returer utan kvitto eller ordernummer.</translation>
    </message>
    <message>
        <source>A return without a receipt refunds at most %1. Remove an item.</source>
        <translation>En retur utan kvitto återbetalar högst %1. Ta bort en vara.</translation>
    </message>
    <message>
        <source>%1 needs a manager&apos;s approval.</source>
        <translation>%1 kräver en chefs godkännande.</translation>
    </message>
    <message>
        <source>The receipt&apos;s code could not be read whole. Scan it again, or type the receipt number.</source>
        <translation>Kvittots kod kunde inte läsas helt. Läs den igen eller skriv kvittonumret.</translation>
    </message>
    <message>
        <source>This receipt&apos;s code is not genuine (%1): it was changed, or the till that printed it is not trusted. Do not take the return from it; call a manager.</source>
        <translation>Kvittots kod är inte äkta (%1): den har ändrats, eller kassan som skrev ut den är inte betrodd. Ta inte emot returen utifrån den; kalla på en chef.</translation>
    </message>
    <message>
        <source>The payment terminal refused to refund %1 to the card. Nothing was recorded: try again or refund another way.</source>
        <translation>Betalterminalen återbetalade inte %1 till kortet. Inget registrerades: försök igen eller återbetala på annat sätt.</translation>
    </message>
    <message>
        <source>Nothing is chosen to return: choose a line first.</source>
        <translation>Inget är valt för retur: välj först en rad.</translation>
    </message>
    <message>
        <source>Give a reason for %1: %2.</source>
        <translation>Ange en orsak: %1 (%2).</translation>
    </message>
    <message>
        <source>Voucher %1 has been spent in full: nothing is left on it.</source>
        <translation>Tillgodokvitto %1 är helt förbrukat: inget saldo finns kvar.</translation>
    </message>
    <message>
        <source>The voucher holds less: %1. Take what is left on it and pay the rest another way.</source>
        <translation>Tillgodokvittot har mindre: %1. Använd det som finns kvar och betala resten på annat sätt.</translation>
    </message>
    <message>
        <source>Voucher %1 cannot be checked without a connection to head office: it is not among the vouchers this till has been sent. Take another payment, or wait until the connection is back.</source>
        <translation>Tillgodokvitto %1 kan inte kontrolleras utan anslutning till huvudkontoret: det finns inte bland de tillgodokvitton kassan har fått. Ta betalt på annat sätt eller vänta tills anslutningen är tillbaka.</translation>
    </message>
    <message>
        <source>There is no store %1 that this till knows of. Check the store number, or sync with head office first.</source>
        <translation>Butiken %1 är okänd för den här kassan. Kontrollera butiksnumret eller synkronisera med huvudkontoret först.</translation>
    </message>
    <message>
        <source>%1 has been received at this till already: it is not counted twice.</source>
        <translation>%1 har redan tagits emot vid den här kassan: den räknas inte två gånger.</translation>
    </message>
    <message>
        <source>Give %1.</source>
        <translation>Ange %1.</translation>
    </message>
    <message>
        <source>Head office has not sent delivery %1 to this store. Check the number on the delivery note, sync with head office, or receive the goods without a delivery.</source>
        <translation>Huvudkontoret har inte skickat leveransen %1 till den här butiken. Kontrollera numret på följesedeln, synkronisera med huvudkontoret eller ta emot varorna utan leverans.</translation>
    </message>
    <message>
        <source>%1 is not on this delivery. Receive it separately, without the delivery, and tell head office.</source>
        <translation>%1 finns inte i den här leveransen. Ta emot den separat, utan leveransen, och meddela huvudkontoret.</translation>
    </message>
    <message>
        <source>Head office cannot be asked now (%1). The figures shown are those this till has, each with its time.</source>
        <translation>Huvudkontoret kan inte frågas nu (%1). Siffrorna som visas är den här kassans, var och en med sin tid.</translation>
    </message>
    <message>
        <source>This loyalty card belongs to %1 already. Give the customer a new card, or find %1 instead.</source>
        <translation>Det här stamkundskortet tillhör redan %1. Ge kunden ett nytt kort, eller sök fram %1.</translation>
    </message>
    <message>
        <source>This till has no customer %1: head office may have erased them at the customer&apos;s request. Search for the customer again.</source>
        <translation>Den här kassan har ingen kund %1: huvudkontoret kan ha raderat kunden på kundens begäran. Sök fram kunden igen.</translation>
    </message>
    <message>
        <source>Points are paid only by a member of the loyalty programme (%1). Scan the customer&apos;s loyalty card first.</source>
        <translation>Endast stamkunder betalar med poäng (%1). Läs först kundens stamkundskort.</translation>
    </message>
    <message>
        <source>The customer has %1 points to use. Pay the rest another way.</source>
        <translation>Kunden har %1 poäng att använda. Betala resten på annat sätt.</translation>
    </message>
    <message>
        <source>Points are used %1 or more at a time.</source>
        <translation>Poäng används minst %1 åt gången.</translation>
    </message>
    <message>
        <source>The customer&apos;s points pay part of this sale: the customer cannot be changed now. Cancel the payment first.</source>
        <translation>Kundens poäng betalar en del av köpet: kunden kan inte bytas nu. Avbryt betalningen först.</translation>
    </message>
    <message>
        <source>%1 cannot leave the drawer: it holds %2 by the till&apos;s figures. Count the drawer, or take out less.</source>
        <translation>%1 kan inte tas ur lådan: enligt kassans siffror finns där %2. Räkna lådan eller ta ut mindre.</translation>
    </message>
    <message>
        <source>No shift is open at this till. Open one with the counted float first.</source>
        <translation>Inget pass är öppet i den här kassan. Öppna ett först med den räknade växelkassan.</translation>
    </message>
    <message>
        <source>Shift %1 is open at this till since %2: close it (Z report) before opening another.</source>
        <translation>Pass %1 är öppet i den här kassan sedan %2: stäng det (Z-rapport) innan du öppnar ett nytt.</translation>
    </message>
    <message>
        <source>The count differs from the till&apos;s figures by more than %1. A manager approves the close with a reason, or count again.</source>
        <translation>Räkningen avviker från kassans siffror med mer än %1. En chef godkänner stängningen med ett skäl, eller räkna igen.</translation>
    </message>
    <message>
        <source>Shift %1 was closed already: Z report %2 at %3 by operator %4. Nothing was changed; open a new shift to sell again.</source>
        <translation>Pass %1 är redan stängt: Z-rapport %2 %3 av kassör %4. Inget ändrades; öppna ett nytt pass för att sälja.</translation>
    </message>
    <message>
        <source>Training mode changes only between customers: finish or suspend the open basket first.</source>
        <translation>Övningsläget byts bara mellan kunder: slutför eller parkera det öppna köpet först.</translation>
    </message>
    <message>
        <source>%1 cannot be practised in training mode: nothing real may change. Switch training off to do it for a customer.</source>
        <translation>%1 går inte att öva i övningsläge: inget verkligt får ändras. Stäng av övningsläget för att göra det åt en kund.</translation>
    </message>
    <message>
        <source>Order %1 was collected already: nothing was changed.</source>
        <translation>Beställning %1 är redan hämtad: inget ändrades.</translation>
    </message>
    <message>
        <source>Order %1 was cancelled: it is not to be picked or handed over.</source>
        <translation>Beställning %1 är annullerad: den plockas inte och lämnas inte ut.</translation>
    </message>
    <message>
        <source>Order %1 was not collected in time and has expired: its goods went back to stock. The customer can order again.</source>
        <translation>Beställning %1 hämtades inte i tid och har gått ut: varorna gick tillbaka till lagret. Kunden kan beställa igen.</translation>
    </message>
    <message>
        <source>Order %1 is not ready to collect yet: pick it and mark it ready first.</source>
        <translation>Beställning %1 är inte klar att hämta ännu: plocka den och markera den klar först.</translation>
    </message>
    <message>
        <source>Order %1 is %2: it cannot be marked %3.</source>
        <translation>Beställning %1 är %2: den kan inte markeras %3.</translation>
    </message>
    <message>
        <source>Order %1 is not a pickup order of this store: check the number. A new order reaches the till within minutes once the line to head office is up.</source>
        <translation>Beställning %1 är inte en hämtbeställning i den här butiken: kontrollera numret. En ny beställning når kassan inom några minuter när förbindelsen till huvudkontoret fungerar.</translation>
    </message>
    <message>
        <source>Order %1 is collected in store %2, not here: tell the customer where it waits.</source>
        <translation>Beställning %1 hämtas i butik %2, inte här: berätta för kunden var den väntar.</translation>
    </message>
    <message>
        <source>The pickup code does not match order %1: ask for the code in the order confirmation. Nothing was handed over.</source>
        <translation>Hämtkoden stämmer inte med beställning %1: be om koden i orderbekräftelsen. Inget lämnades ut.</translation>
    </message>
    <message>
        <source>%1 is not on order %2: put it back.</source>
        <translation>%1 hör inte till beställning %2: ställ tillbaka den.</translation>
    </message>
    <message>
        <source>Order %1 has %3 of %2 and %4 are picked already: put the extra back.</source>
        <translation>Beställning %1 har %3 st. %2 och %4 är redan plockade: ställ tillbaka det extra.</translation>
    </message>
    <message>
        <source>Order %1: %3 of %2 not picked yet. Pick it, or mark it short if it is not on the shelf.</source>
        <translation>Beställning %1: %3 st. %2 inte plockade ännu. Plocka dem, eller markera dem som saknade om de inte finns på hyllan.</translation>
    </message>
    <message>
        <source>This shelf label is for order %1, not %2: fetch the right parcel.</source>
        <translation>Hyllans etikett gäller beställning %1, inte %2: hämta rätt paket.</translation>
    </message>
    <message>
        <source>Item %2 of order %1 is not in this till&apos;s catalog yet: the till cannot sell it until head office&apos;s catalog reaches it.</source>
        <translation>Artikel %2 i beställning %1 finns inte ännu i kassans sortiment: kassan kan inte sälja den innan huvudkontorets sortiment når kassan.</translation>
    </message>
    <message>
        <source>Order %1 is paid at collection: ring it up as a sale, and the sale hands it over.</source>
        <translation>Beställning %1 betalas vid hämtning: sälj den, så lämnar försäljningen ut den.</translation>
    </message>
    <message>
        <source>Finish or suspend the open sale before ringing up a pickup order.</source>
        <translation>Avsluta eller parkera den öppna försäljningen innan en hämtbeställning säljs.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ny</translation>
    </message>
    <message>
        <source>being picked</source>
        <translation>under plockning</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>klar</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>hämtad</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullerad</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>utgången</translation>
    </message>
    <message>
        <source>Order %1 waits in store %2 to be collected: nothing of it can come back yet. Cancel the order instead.</source>
        <translation>Beställning %1 väntar på hämtning i butik %2: inget av den kan returneras ännu. Annullera beställningen i stället.</translation>
    </message>
    <message>
        <source>The sale of pickup order %1 cannot be suspended: take the payment, or void its lines to leave the order on its shelf.</source>
        <translation>Försäljningen av hämtbeställning %1 kan inte parkeras: ta betalt, eller makulera dess rader så blir beställningen kvar på hyllan.</translation>
    </message>
    <message>
        <source>%1 in cash for %2 due gives %3 change: is that what the customer gave? Confirm it, or type the amount again.</source>
        <translation>%1 kontant för %2 att betala ger %3 tillbaka: gav kunden verkligen så mycket? Bekräfta det, eller skriv beloppet igen.</translation>
    </message>
    <message>
        <source>The sale is paid in full: nothing taken can be changed any more.</source>
        <translation>Köpet är betalt i sin helhet: det som tagits emot kan inte längre ändras.</translation>
    </message>
    <message>
        <source>There is no payment %1 to remove.</source>
        <translation>Det finns ingen betalning %1 att ta bort.</translation>
    </message>
    <message>
        <source>The card payment of %1 stays: the card has been charged. Finish the sale, then give it back to the card with a return.</source>
        <translation>Kortbetalningen på %1 står kvar: kortet har redan debiterats. Slutför köpet och återbetala sedan till kortet med en retur.</translation>
    </message>
    <message>
        <source>%1 is in this return already, all of it that can come back. To change its quantity, remove it (F8) and take it back again.</source>
        <translation>%1 finns redan i den här returen, allt som kan komma tillbaka. För att ändra antalet, ta bort den (F8) och returnera den igen.</translation>
    </message>
    <message>
        <source>There is no voucher %1 with this code. Scan its barcode, or type the whole code printed under it.</source>
        <translation>Det finns inget tillgodokvitto %1 med den här koden. Läs dess streckkod eller skriv hela koden under den.</translation>
    </message>
    <message>
        <source>%1 wrong voucher codes have been typed at this till today: vouchers are taken again when a manager unblocks them (F9 on the payment screen).</source>
        <translation>%1 felaktiga koder för tillgodokvitton har angetts i den här kassan i dag: tillgodokvitton tas emot igen när en chef häver spärren (F9 på betalningsskärmen).</translation>
    </message>
    <message>
        <source>Nobody is logged in at this till: log in first.</source>
        <translation>Ingen är inloggad i den här kassan: logga in först.</translation>
    </message>
    <message>
        <source>The operator number or the PIN is wrong. Type them again.</source>
        <translation>Operatörsnumret eller PIN-koden är fel. Skriv dem igen.</translation>
    </message>
    <message>
        <source>This account is locked after wrong PINs three times in a row. A manager unlocks it (kassactl operators unlock, or a new PIN).</source>
        <translation>Kontot är låst efter felaktiga PIN-koder tre gånger i rad. En chef låser upp det (kassactl operators unlock eller en ny PIN-kod).</translation>
    </message>
    <message>
        <source>A PIN has %1 to 12 digits.</source>
        <translation>En PIN-kod har %1–12 siffror.</translation>
    </message>
    <message>
        <source>Operator %1 exists already: change it with kassactl operators set-pin, set-role or disable.</source>
        <translation>Operatören %1 finns redan: ändra den med kassactl operators set-pin, set-role eller disable.</translation>
    </message>
    <message>
        <source>%1 needs a manager: set KASSA_APPROVER and KASSA_APPROVER_PIN to a manager&apos;s operator number and PIN, or type them when asked.</source>
        <translation>%1 kräver en chef: sätt KASSA_APPROVER och KASSA_APPROVER_PIN till en chefs operatörsnummer och PIN-kod, eller skriv dem när de efterfrågas.</translation>
    </message>
    <message>
        <source>Order %1 is locked after five wrong pickup codes: a manager unlocks it. Nothing was handed over.</source>
        <translation>Beställningen %1 är låst efter fem felaktiga avhämtningskoder: en chef låser upp den. Inget lämnades ut.</translation>
    </message>
    <message>
        <source>This till has not received its key from head office yet, so it cannot check the code: sync with head office and try again.</source>
        <translation>Kassan har ännu inte fått sin nyckel från huvudkontoret och kan inte kontrollera koden: synkronisera med huvudkontoret och försök igen.</translation>
    </message>
</context>
<context>
    <name>kassa::core::Receipt</name>
    <message>
        <source>Business ID %1</source>
        <translation>FO-nummer %1</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Kvitto %1</translation>
    </message>
    <message>
        <source>Till %1</source>
        <translation>Kassa %1</translation>
    </message>
    <message>
        <source>Cashier: %1</source>
        <translation>Kassör: %1</translation>
    </message>
    <message>
        <source>VOID %1</source>
        <translation>MAKULERAD %1</translation>
    </message>
    <message>
        <source>%1/kg</source>
        <translation>%1/kg</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Delsumma</translation>
    </message>
    <message>
        <source>Basket discount</source>
        <translation>Korgrabatt</translation>
    </message>
    <message>
        <source>TOTAL EUR</source>
        <translation>SUMMA EUR</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Avrundning</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>Att betala</translation>
    </message>
    <message>
        <source>You saved</source>
        <translation>Du sparade</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Kontant</translation>
    </message>
    <message>
        <source>Card %1 %2</source>
        <translation>Kort %1 %2</translation>
    </message>
    <message>
        <source>Authorisation %1</source>
        <translation>Auktorisering %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>line discount</source>
        <translation>radrabatt</translation>
    </message>
    <message>
        <source>basket discount</source>
        <translation>korgrabatt</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Skatt</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Approved by %1: %2</source>
        <translation>Godkänt av %1: %2</translation>
    </message>
    <message>
        <source>Thank you for visiting!</source>
        <translation>Tack för besöket!</translation>
    </message>
    <message>
        <source>return without a receipt</source>
        <translation>retur utan kvitto</translation>
    </message>
    <message>
        <source>offline refund limit</source>
        <translation>återbetalningsgräns utan anslutning</translation>
    </message>
    <message>
        <source>changed mind</source>
        <translation>ångrat köpet</translation>
    </message>
    <message>
        <source>wrong size</source>
        <translation>fel storlek</translation>
    </message>
    <message>
        <source>defective</source>
        <translation>defekt</translation>
    </message>
    <message>
        <source>damaged in transit</source>
        <translation>skadad under transport</translation>
    </message>
    <message>
        <source>not as described</source>
        <translation>motsvarade inte beskrivningen</translation>
    </message>
    <message>
        <source>wrong item</source>
        <translation>fel vara</translation>
    </message>
    <message>
        <source>other</source>
        <translation>annat</translation>
    </message>
    <message>
        <source>RETURN %1</source>
        <translation>RETUR %1</translation>
    </message>
    <message>
        <source>Web order %1</source>
        <translation>Webbeställning %1</translation>
    </message>
    <message>
        <source>Original receipt %1</source>
        <translation>Ursprungligt kvitto %1</translation>
    </message>
    <message>
        <source>Without a receipt</source>
        <translation>Utan kvitto</translation>
    </message>
    <message>
        <source>Decided offline, to be confirmed</source>
        <translation>Gjord utan anslutning, bekräftas senare</translation>
    </message>
    <message>
        <source>back to stock</source>
        <translation>tillbaka i försäljning</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>skadad</translation>
    </message>
    <message>
        <source>REFUND EUR</source>
        <translation>ÅTERBETALNING EUR</translation>
    </message>
    <message>
        <source>To the online payment</source>
        <translation>Till webbetalningen</translation>
    </message>
    <message>
        <source>The web shop pays it back (%1)</source>
        <translation>Webbutiken betalar tillbaka den (%1)</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Tillgodokvitto</translation>
    </message>
    <message>
        <source>Voucher %1</source>
        <translation>Tillgodokvitto %1</translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation>Kundens underskrift</translation>
    </message>
    <message>
        <source>Towards the new items</source>
        <translation>Till de nya varorna</translation>
    </message>
    <message>
        <source>Exchange credit %1</source>
        <translation>Bytesbelopp %1</translation>
    </message>
    <message>
        <source>Head office has confirmed this return.</source>
        <translation>Huvudkontoret har bekräftat denna retur.</translation>
    </message>
    <message>
        <source>Decided offline: head office has not confirmed this return yet.</source>
        <translation>Avgjord utan anslutning: huvudkontoret har inte bekräftat denna retur än.</translation>
    </message>
    <message>
        <source>Held by head office: confirmed when the return reaches it.</source>
        <translation>Reserverad hos huvudkontoret: bekräftas när returen når dit.</translation>
    </message>
    <message>
        <source>Loyalty points %1</source>
        <translation>Bonuspoäng %1</translation>
    </message>
    <message>
        <source>Loyalty card ***%1</source>
        <translation>Stamkundskort ***%1</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Intjänade poäng</translation>
    </message>
    <message>
        <source>Points used</source>
        <translation>Använda poäng</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>Poängsaldo</translation>
    </message>
    <message>
        <source>Loyalty points taken back</source>
        <translation>Återtagna poäng</translation>
    </message>
    <message>
        <source>*** TRAINING - NOT A RECEIPT ***</source>
        <translation>*** ÖVNING - INGET KVITTO ***</translation>
    </message>
    <message>
        <source>Pickup order %1</source>
        <translation>Hämtbeställning %1</translation>
    </message>
    <message>
        <source>PICKUP ORDER</source>
        <translation>HÄMTBESTÄLLNING</translation>
    </message>
    <message>
        <source>Ready %1</source>
        <translation>Klar %1</translation>
    </message>
    <message>
        <source>Collect by %1</source>
        <translation>Hämtas senast %1</translation>
    </message>
    <message>
        <source>Paid online</source>
        <translation>Betald på nätet</translation>
    </message>
    <message>
        <source>To pay at collection</source>
        <translation>Betalas vid hämtning</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) short</source>
        <translation>
            <numerusform>%n rad saknas</numerusform>
            <numerusform>%n rader saknas</numerusform>
        </translation>
    </message>
    <message>
        <source>Handed over. Thank you!</source>
        <translation>Utlämnad. Tack!</translation>
    </message>
    <message>
        <source>Its code is on the first print only.</source>
        <translation>Koden finns bara på den första utskriften.</translation>
    </message>
</context>
<context>
    <name>kassa::core::Return</name>
    <message>
        <source>a cash payment</source>
        <translation>en kontantbetalning</translation>
    </message>
    <message>
        <source>a card payment</source>
        <translation>en kortbetalning</translation>
    </message>
    <message>
        <source>an online payment</source>
        <translation>en webbetalning</translation>
    </message>
    <message>
        <source>store credit</source>
        <translation>tillgodokvitto</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>kontant</translation>
    </message>
    <message>
        <source>the card</source>
        <translation>kortet</translation>
    </message>
    <message>
        <source>the online payment</source>
        <translation>webbetalningen</translation>
    </message>
    <message>
        <source>%1 is not refunded to %2</source>
        <translation>%1 återbetalas inte till %2</translation>
    </message>
    <message>
        <source>%1 is from %2, %3 days ago, and goods come back within %4 days</source>
        <translation>%1 är från %2, för %3 dagar sedan, och varor returneras inom %4 dagar</translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation>rad %1 (%2)</translation>
    </message>
    <message>
        <source>a return without a receipt has no original payment; refund in cash or store credit</source>
        <translation>en retur utan kvitto har ingen ursprunglig betalning; återbetala kontant eller som tillgodokvitto</translation>
    </message>
    <message>
        <source>%1: %2 asked, %3 more can come back (%4 sold, %5 returned before, %6 in this return)</source>
        <translation>%1: %2 begärt, %3 till kan komma tillbaka (%4 sålt, %5 returnerat tidigare, %6 i den här returen)</translation>
    </message>
</context>
<context>
    <name>kassa::core::ReturnDesk</name>
    <message>
        <source>line %1 on %2</source>
        <translation>rad %1 på %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>rad %1</translation>
    </message>
    <message>
        <source>a return without a receipt of %1</source>
        <translation>en retur utan kvitto på %1</translation>
    </message>
    <message>
        <source>an offline refund of %1, above %2 per return</source>
        <translation>en återbetalning på %1 utan anslutning, över %2 per retur</translation>
    </message>
    <message>
        <source>offline refunds of %1 today, above %2 per day</source>
        <translation>återbetalningar på %1 utan anslutning i dag, över %2 per dag</translation>
    </message>
</context>
<context>
    <name>kassa::core::ReturnLookup</name>
    <message>
        <source>head office has not received this sale yet</source>
        <translation>huvudkontoret har inte fått köpet ännu</translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>inte registrerad</translation>
    </message>
    <message>
        <source>this till runs without head office</source>
        <translation>kassan körs utan huvudkontor</translation>
    </message>
</context>
<context>
    <name>kassa::core::ShiftReport</name>
    <message>
        <source>Cash</source>
        <translation>Kontant</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Tillgodokvitto</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>Stamkundspoäng</translation>
    </message>
    <message>
        <source>Online payment</source>
        <translation>Onlinebetalning</translation>
    </message>
    <message>
        <source>Exchange credit</source>
        <translation>Bytestillgodo</translation>
    </message>
    <message>
        <source>Z REPORT %1</source>
        <translation>Z-RAPPORT %1</translation>
    </message>
    <message>
        <source>X REPORT (shift open)</source>
        <translation>X-RAPPORT (passet öppet)</translation>
    </message>
    <message>
        <source>Store %1, till %2</source>
        <translation>Butik %1, kassa %2</translation>
    </message>
    <message>
        <source>Shift %1</source>
        <translation>Pass %1</translation>
    </message>
    <message>
        <source>Opened %1 by %2</source>
        <translation>Öppnat %1 av %2</translation>
    </message>
    <message>
        <source>Closed %1 by %2</source>
        <translation>Stängt %1 av %2</translation>
    </message>
    <message>
        <source>Sales (%1)</source>
        <translation>Försäljning (%1)</translation>
    </message>
    <message>
        <source>Returns (%1)</source>
        <translation>Returer (%1)</translation>
    </message>
    <message>
        <source>By tender: taken, refunded, net</source>
        <translation>Per betalsätt: mottaget, återbetalt, netto</translation>
    </message>
    <message>
        <source>VAT: rate, gross, VAT</source>
        <translation>Moms: sats, brutto, moms</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Rabatter</translation>
    </message>
    <message>
        <source>Voided lines (%1)</source>
        <translation>Makulerade rader (%1)</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Avrundning</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Växelkassa</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Kontanter in</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Kontanter ut</translation>
    </message>
    <message>
        <source>Safe drops</source>
        <translation>Till kassaskåpet</translation>
    </message>
    <message>
        <source>Drawer opened</source>
        <translation>Lådan öppnad</translation>
    </message>
    <message>
        <source>  of which without a sale</source>
        <translation>  varav utan försäljning</translation>
    </message>
    <message>
        <source>Operators: %1</source>
        <translation>Kassörer: %1</translation>
    </message>
    <message>
        <source>CASH EXPECTED</source>
        <translation>FÖRVÄNTADE KONTANTER</translation>
    </message>
    <message>
        <source>CASH COUNTED</source>
        <translation>RÄKNADE KONTANTER</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differens</translation>
    </message>
    <message>
        <source>Approved by %1: %2</source>
        <translation>Godkänt av %1: %2</translation>
    </message>
</context>
<context>
    <name>kassa::core::StockDesk</name>
    <message>
        <source>the reason: %1</source>
        <translation>orsaken: %1</translation>
    </message>
    <message>
        <source>the store the goods go to</source>
        <translation>butiken som varorna går till</translation>
    </message>
    <message>
        <source>the transfer&apos;s number from its papers (ST-…)</source>
        <translation>överföringens nummer från dess papper (ST-…)</translation>
    </message>
    <message>
        <source>Transfer %1 (%2)</source>
        <translation>Överföring %1 (%2)</translation>
    </message>
    <message>
        <source>Delivery %1 (%2)</source>
        <translation>Leverans %1 (%2)</translation>
    </message>
    <message>
        <source>a count time that has come already</source>
        <translation>en inventeringstid som redan har varit</translation>
    </message>
    <message>
        <source>at least one item</source>
        <translation>minst en artikel</translation>
    </message>
</context>
<context>
    <name>kassa::sync::CentralAnswers</name>
    <message>
        <source>head office answered %1</source>
        <translation>huvudkontoret svarade %1</translation>
    </message>
    <message>
        <source>head office answered %1: %2</source>
        <translation>huvudkontoret svarade %1: %2</translation>
    </message>
    <message>
        <source>head office&apos;s answer could not be read</source>
        <translation>huvudkontorets svar kunde inte läsas</translation>
    </message>
    <message>
        <source>this till is not enrolled with head office</source>
        <translation>kassan är inte registrerad hos huvudkontoret</translation>
    </message>
    <message>
        <source>head office cannot be reached (%1)</source>
        <translation>huvudkontoret kan inte nås (%1)</translation>
    </message>
</context>
<context>
    <name>kassa::sync::CentralReturnsClient</name>
    <message>
        <source>asked to decide offline</source>
        <translation>avgörs på begäran utan huvudkontoret</translation>
    </message>
</context>
<context>
    <name>kassa::sync::ReceiptSigning</name>
    <message>
        <source>signed by a till head office has not told this till about</source>
        <translation>signerad av en kassa som huvudkontoret inte har berättat om</translation>
    </message>
    <message>
        <source>receipt %1 is signed with the key of till %2-%3</source>
        <translation>kvitto %1 är signerat med nyckeln för kassa %2-%3</translation>
    </message>
    <message>
        <source>till %1-%2 was revoked at head office</source>
        <translation>kassa %1-%2 har spärrats av huvudkontoret</translation>
    </message>
    <message>
        <source>the till&apos;s certificate is not head office&apos;s</source>
        <translation>kassans certifikat är inte huvudkontorets</translation>
    </message>
    <message>
        <source>its contents do not match its signature</source>
        <translation>innehållet stämmer inte med signaturen</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ApprovalDialog</name>
    <message>
        <source>Supervisor approval</source>
        <translation>Förmans godkännande</translation>
    </message>
    <message>
        <source>Supervisor number</source>
        <translation>Förmans nummer</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-kod</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Godkänn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>kassa::ui::BasketModel</name>
    <message>
        <source>VOID %1</source>
        <translation>MAKULERAD %1</translation>
    </message>
    <message>
        <source>%1/kg</source>
        <translation>%1/kg</translation>
    </message>
    <message>
        <source>Code %1, SKU %2, VAT %3</source>
        <translation>Kod %1, artikelnr %2, moms %3</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
</context>
<context>
    <name>kassa::ui::CustomerDisplay</name>
    <message>
        <source>Kassa: customer display</source>
        <translation>Kassa: kunddisplay</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>Välkommen till %1</translation>
    </message>
    <message>
        <source>TRAINING: practice sales, not real ones</source>
        <translation>ÖVNING: övningsköp, inga riktiga</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Totalt %1</translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation>Betalt %1</translation>
    </message>
    <message>
        <source>Paid %1 · to pay %2</source>
        <translation>Betalt %1 · att betala %2</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Tack!</translation>
    </message>
    <message>
        <source>Your change %1 · Thank you!</source>
        <translation>Växel %1 · Tack!</translation>
    </message>
</context>
<context>
    <name>kassa::ui::CustomerScreen</name>
    <message>
        <source>Agrees to marketing by e-mail</source>
        <translation>Samtycker till marknadsföring per e-post</translation>
    </message>
    <message>
        <source>Agrees to marketing by text message</source>
        <translation>Samtycker till marknadsföring per sms</translation>
    </message>
    <message>
        <source>For this sale
F4</source>
        <translation>Till detta köp
F4</translation>
    </message>
    <message>
        <source>Add a note
F7</source>
        <translation>Lägg till anteckning
F7</translation>
    </message>
    <message>
        <source>New customer
F3</source>
        <translation>Ny kund
F3</translation>
    </message>
    <message>
        <source>Save
F12</source>
        <translation>Spara
F12</translation>
    </message>
    <message>
        <source>Name, phone number, e-mail address or loyalty card</source>
        <translation>Namn, telefonnummer, e-post eller stamkundskort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Stamkundskort</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Receipt or order</source>
        <translation>Kvitto eller order</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Butik</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>A note for colleagues (Enter saves)</source>
        <translation>En anteckning för kollegerna (Enter sparar)</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Köp</translation>
    </message>
    <message>
        <source>Ask the customer about each consent: an unticked box is recorded as declined, with this till and the time.</source>
        <translation>Fråga kunden om båda samtyckena: en tom ruta registreras som nekat, med denna kassa och tiden.</translation>
    </message>
    <message>
        <source>Back
Esc</source>
        <translation>Tillbaka
Esc</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Type to search, or scan the loyalty card.</source>
        <translation>Skriv för att söka, eller läs stamkundskortet.</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;. F3 records a new customer.</source>
        <translation>Inget hittades för &quot;%1&quot;. F3 registrerar en ny kund.</translation>
    </message>
    <message>
        <source>The first %1 customers: type more to narrow.</source>
        <translation>De första %1 kunderna: skriv mer för att avgränsa.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s): Enter opens the one chosen.</source>
        <translation>
            <numerusform>%n kund: Enter öppnar den valda.</numerusform>
            <numerusform>%n kunder: Enter öppnar den valda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a customer first.</source>
        <translation>Välj först en kund.</translation>
    </message>
    <message>
        <source>F4 makes this the sale&apos;s customer, F7 adds a note, Esc goes back.</source>
        <translation>F4 kopplar kunden till köpet, F7 lägger till en anteckning, Esc går tillbaka.</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>inte tillfrågad</translation>
    </message>
    <message>
        <source>in the web shop</source>
        <translation>i webbutiken</translation>
    </message>
    <message>
        <source>in store %1</source>
        <translation>i butik %1</translation>
    </message>
    <message>
        <source>given %1 %2</source>
        <translation>givet %1 %2</translation>
    </message>
    <message>
        <source>declined %1 %2</source>
        <translation>nekat %1 %2</translation>
    </message>
    <message>
        <source>Loyalty card %1</source>
        <translation>Stamkundskort %1</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n poäng</numerusform>
            <numerusform>%n poäng</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a loyalty member</source>
        <translation>Inte stamkund</translation>
    </message>
    <message>
        <source>E-mail marketing: %1</source>
        <translation>Marknadsföring per e-post: %1</translation>
    </message>
    <message>
        <source>Text messages: %1</source>
        <translation>Sms: %1</translation>
    </message>
    <message>
        <source>Sizes: %1</source>
        <translation>Storlekar: %1</translation>
    </message>
    <message>
        <source>Brands: %1</source>
        <translation>Märken: %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <source>Web order</source>
        <translation>Webborder</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Köp</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Kund: %1</translation>
    </message>
    <message>
        <source>Write the note and press Enter.</source>
        <translation>Skriv anteckningen och tryck Enter.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Anteckningen sparad.</translation>
    </message>
    <message>
        <source>A name and a phone number, e-mail address or loyalty card. F12 saves.</source>
        <translation>Ett namn och ett telefonnummer, en e-postadress eller ett stamkundskort. F12 sparar.</translation>
    </message>
    <message>
        <source>%1 saved. F4 makes them the sale&apos;s customer.</source>
        <translation>%1 sparad. F4 kopplar kunden till köpet.</translation>
    </message>
    <message>
        <source>Purchases in every store and the web shop, as head office has them now.</source>
        <translation>Köp i alla butiker och i webbutiken, som huvudkontoret har dem nu.</translation>
    </message>
    <message>
        <source>Return from it
F5</source>
        <translation>Returnera från det
F5</translation>
    </message>
    <message>
        <source>Sizes and brands
F6</source>
        <translation>Storlekar och märken
F6</translation>
    </message>
    <message>
        <source>Sizes, separated by commas: M, 38</source>
        <translation>Storlekar, åtskilda med komman: M, 38</translation>
    </message>
    <message>
        <source>Brands, separated by commas (Enter saves both)</source>
        <translation>Märken, åtskilda med komman (Enter sparar båda)</translation>
    </message>
    <message>
        <source>Choose a purchase or a web order in the history first.</source>
        <translation>Välj först ett köp eller en webborder i historiken.</translation>
    </message>
    <message>
        <source>The sizes and brands the customer likes; Enter saves.</source>
        <translation>De storlekar och märken kunden gillar; Enter sparar.</translation>
    </message>
    <message>
        <source>Sizes and brands saved.</source>
        <translation>Storlekar och märken sparade.</translation>
    </message>
    <message>
        <source>Purchases as this till last knew them: head office cannot be asked now (%1).</source>
        <translation>Köpen som den här kassan senast kände till dem: huvudkontoret kan inte tillfrågas nu (%1).</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Goes with what they bought</source>
        <translation>Passar till det som köpts</translation>
    </message>
    <message>
        <source>Suggestions: what customers who bought the same also bought</source>
        <translation>Förslag: vad kunder som köpt samma sak också köpte</translation>
    </message>
    <message>
        <source>No suggestions yet: head office computes them from the purchases of all customers.</source>
        <translation>Inga förslag ännu: huvudkontoret räknar fram dem ur alla kunders köp.</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Webb</translation>
    </message>
    <message>
        <source>Enter does nothing on the customer&apos;s card: F4 serves this customer, Esc goes back to the search.</source>
        <translation>Enter gör ingenting på kundkortet: F4 betjänar den här kunden, Esc går tillbaka till sökningen.</translation>
    </message>
    <message>
        <source>%1 was not added: scans go into the sale. F4 serves this customer and goes back to the sale; scan it there.</source>
        <translation>%1 lades inte till: läsningar går till försäljningen. F4 betjänar den här kunden och går tillbaka till försäljningen; läs koden där.</translation>
    </message>
    <message>
        <source>Loyalty member</source>
        <translation>Stamkund</translation>
    </message>
    <message>
        <source>Another store&apos;s customer: this till keeps only the first name and points. The whole record shows while head office answers.</source>
        <translation>En annan butiks kund: den här kassan sparar bara förnamnet och poängen. Hela uppgifterna visas när huvudkontoret svarar.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::EnrollmentDialog</name>
    <message>
        <source>Enroll</source>
        <translation>Registrera</translation>
    </message>
    <message>
        <source>Connect this till to central</source>
        <translation>Anslut kassan till centralen</translation>
    </message>
    <message>
        <source>Enter central&apos;s address and the one-time enrollment code head office gave you (kassa-central enroll). The till makes its own key, central signs it, and from then on the till sends its sales to central and takes the catalog from it.</source>
        <translation>Ange centralens adress och den engångskod för registrering som huvudkontoret gav dig (kassa-central enroll). Kassan skapar sin egen nyckel, centralen signerar den, och därefter skickar kassan sina köp till centralen och hämtar sortimentet därifrån.</translation>
    </message>
    <message>
        <source>Central&apos;s address</source>
        <translation>Centralens adress</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation>Registreringskod</translation>
    </message>
    <message>
        <source>printed on receipts</source>
        <translation>skrivs ut på kvitton</translation>
    </message>
    <message>
        <source>digits, e.g. 3001</source>
        <translation>siffror, t.ex. 3001</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Butikens namn</translation>
    </message>
    <message>
        <source>First manager&apos;s number</source>
        <translation>Första chefens nummer</translation>
    </message>
    <message>
        <source>First manager&apos;s name</source>
        <translation>Första chefens namn</translation>
    </message>
    <message>
        <source>Manager&apos;s PIN</source>
        <translation>Chefens PIN-kod</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN-kod igen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>Later: sell without central</source>
        <translation>Senare: sälj utan centralen</translation>
    </message>
    <message>
        <source>Central&apos;s address starts with https://, for example https://central.example.com:8443.</source>
        <translation>Centralens adress börjar med https://, till exempel https://central.example.com:8443.</translation>
    </message>
    <message>
        <source>The enrollment code looks like KQ4M-X2PD-9ZLA:3f9a1c07e2b4d8aa. Type it as kassa-central printed it.</source>
        <translation>Registreringskoden ser ut som KQ4M-X2PD-9ZLA:3f9a1c07e2b4d8aa. Skriv den som kassa-central skrev ut den.</translation>
    </message>
    <message>
        <source>Give the store&apos;s name: it is printed on every receipt.</source>
        <translation>Ange butikens namn: det skrivs ut på varje kvitto.</translation>
    </message>
    <message>
        <source>Give the first manager&apos;s number (digits) and name: they are the first to log in.</source>
        <translation>Ange första chefens nummer (siffror) och namn: chefen loggar in först.</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the PIN again in both fields.</source>
        <translation>PIN-koderna skiljer sig. Skriv PIN-koden igen i båda fälten.</translation>
    </message>
    <message>
        <source>Contacting central…</source>
        <translation>Kontaktar centralen…</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX:fingerprint</source>
        <translation>XXXX-XXXX-XXXX:fingeravtryck</translation>
    </message>
</context>
<context>
    <name>kassa::ui::FunctionKeys</name>
    <message>
        <source>%1 (%2) cannot be used here now.</source>
        <translation>%1 (%2) kan inte användas här nu.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::LoginScreen</name>
    <message>
        <source>Kassa</source>
        <translation>Kassa</translation>
    </message>
    <message>
        <source>%1, till %2</source>
        <translation>%1, kassa %2</translation>
    </message>
    <message>
        <source>Operator number</source>
        <translation>Användarnummer</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-kod</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Type your operator number first.</source>
        <translation>Skriv först ditt användarnummer.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::LookupScreen</name>
    <message>
        <source>Name, brand, part of a word, SKU or barcode</source>
        <translation>Namn, märke, del av ett ord, artikelnummer eller streckkod</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Märke</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>Add to basket
F4</source>
        <translation>Till korgen
F4</translation>
    </message>
    <message>
        <source>Find a product</source>
        <translation>Sök en produkt</translation>
    </message>
    <message>
        <source>Type to search.</source>
        <translation>Skriv för att söka.</translation>
    </message>
    <message>
        <source> /kg</source>
        <translation> /kg</translation>
    </message>
    <message>
        <source>Type a second letter.</source>
        <translation>Skriv en bokstav till.</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>Inget hittades för &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The first %1 products: type more to narrow.</source>
        <translation>De första %1 produkterna: skriv mer för att begränsa.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produkt</numerusform>
            <numerusform>%n produkter</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a product first.</source>
        <translation>Välj en produkt först.</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Back
Esc</source>
        <translation>Tillbaka
Esc</translation>
    </message>
    <message>
        <source>Product card
F2</source>
        <translation>Produktkort
F2</translation>
    </message>
    <message>
        <source>Product card: F4 adds the product (or the variant chosen), Esc goes back.</source>
        <translation>Produktkort: F4 lägger produkten (eller vald variant) i korgen, Esc går tillbaka.</translation>
    </message>
    <message>
        <source>Every store, online
F6</source>
        <translation>Alla butiker, online
F6</translation>
    </message>
    <message>
        <source>Asking head office for every store&apos;s stock …</source>
        <translation>Frågar huvudkontoret om alla butikers lager …</translation>
    </message>
    <message>
        <source>Every store&apos;s stock, as head office has it now.</source>
        <translation>Alla butikers lager, som huvudkontoret har det nu.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::MainWindow</name>
    <message>
        <source>Kassa</source>
        <translation>Kassa</translation>
    </message>
    <message>
        <source>%1 · store %2 · till %3</source>
        <translation>%1 · butik %2 · kassa %3</translation>
    </message>
    <message>
        <source> · cashier %1 (%2)</source>
        <translation> · kassör %1 (%2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>Not connected to central</source>
        <translation>Inte ansluten till centralen</translation>
    </message>
    <message>
        <source>Online · all sent · last sync %1</source>
        <translation>Ansluten · allt skickat · senast %1</translation>
    </message>
    <message numerus="yes">
        <source>Online · %n waiting (oldest %1)</source>
        <translation>
            <numerusform>Ansluten · %n väntar (äldsta %1)</numerusform>
            <numerusform>Ansluten · %n väntar (äldsta %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n waiting (oldest %1) · last sync %2</source>
        <translation>
            <numerusform>Ingen anslutning · %n väntar (äldsta %1) · senast %2</numerusform>
            <numerusform>Ingen anslutning · %n väntar (äldsta %1) · senast %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n exception(s) from head office</source>
        <translation>
            <numerusform> · %n avvikelse från huvudkontoret</numerusform>
            <numerusform> · %n avvikelser från huvudkontoret</numerusform>
        </translation>
    </message>
    <message>
        <source> · TRAINING MODE: sales are practice</source>
        <translation> · ÖVNINGSLÄGE: försäljningen är övning</translation>
    </message>
    <message>
        <source>No shift is open at this till. Count the float into the drawer, type it and press F12.</source>
        <translation>Inget pass är öppet i kassan. Räkna växelkassan i lådan, skriv in den och tryck F12.</translation>
    </message>
    <message numerus="yes">
        <source> · %n pickup(s) to pick</source>
        <translation>
            <numerusform> · %n hämtning att plocka</numerusform>
            <numerusform> · %n hämtningar att plocka</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kassa::ui::PaymentScreen</name>
    <message>
        <source>Record the sale again
F5</source>
        <translation>Registrera köpet igen
F5</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Left to pay</source>
        <translation>Kvar att betala</translation>
    </message>
    <message>
        <source>In cash (rounded)</source>
        <translation>Kontant (avrundat)</translation>
    </message>
    <message>
        <source>Cash
F2</source>
        <translation>Kontant
F2</translation>
    </message>
    <message>
        <source>Card
F3</source>
        <translation>Kort
F3</translation>
    </message>
    <message>
        <source>Back to basket
Esc</source>
        <translation>Tillbaka till korgen
Esc</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betalning</translation>
    </message>
    <message>
        <source>Cash %1</source>
        <translation>Kontant %1</translation>
    </message>
    <message>
        <source>, change %1</source>
        <translation>, tillbaka %1</translation>
    </message>
    <message>
        <source>Card %1 %2, authorisation %3</source>
        <translation>Kort %1 %2, auktorisering %3</translation>
    </message>
    <message>
        <source>Amount given (empty = exact), or scan a voucher</source>
        <translation>Givet belopp (tomt = jämnt) eller läs ett tillgodokvitto</translation>
    </message>
    <message>
        <source> (offline)</source>
        <translation> (utan anslutning)</translation>
    </message>
    <message>
        <source>Waiting for the payment terminal: %1…</source>
        <translation>Väntar på betalterminalen: %1…</translation>
    </message>
    <message>
        <source>this till runs without head office</source>
        <translation>kassan körs utan huvudkontor</translation>
    </message>
    <message>
        <source>Asking head office about voucher %1…</source>
        <translation>Frågar huvudkontoret om tillgodokvitto %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n loyalty point(s) %1</source>
        <translation>
            <numerusform>%n bonuspoäng %1</numerusform>
            <numerusform>%n bonuspoäng %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Points %1
F6</source>
        <translation>Poäng %1
F6</translation>
    </message>
    <message>
        <source>Type the number of points as a whole number, or nothing to use as many as pay the rest.</source>
        <translation>Skriv antalet poäng som ett heltal, eller inget för att betala resten med poäng så långt de räcker.</translation>
    </message>
    <message>
        <source>Remove payment
F8</source>
        <translation>Ta bort betalning
F8</translation>
    </message>
    <message>
        <source>F2: the customer gave %1. Esc: type the amount again.</source>
        <translation>F2: kunden gav %1. Esc: skriv beloppet igen.</translation>
    </message>
    <message>
        <source>Choose the payment to remove with ↑ ↓ first.</source>
        <translation>Välj först betalningen som ska tas bort med ↑ ↓.</translation>
    </message>
    <message>
        <source>Cash %1 removed: hand it back to the customer. %2 left to pay.</source>
        <translation>Kontant %1 borttagen: ge tillbaka den till kunden. %2 kvar att betala.</translation>
    </message>
    <message>
        <source>Payment of %1 removed: nothing is taken from it. %2 left to pay.</source>
        <translation>Betalningen på %1 borttagen: inget dras från den. %2 kvar att betala.</translation>
    </message>
    <message>
        <source>Type the amount the customer gave.</source>
        <translation>Skriv beloppet som kunden gav.</translation>
    </message>
    <message>
        <source>A payment has been taken: finish the sale (%1 left), or take the payments back with F8 first.</source>
        <translation>En betalning har tagits emot: slutför köpet (%1 kvar), eller ta först bort betalningarna med F8.</translation>
    </message>
    <message>
        <source>Store credit
F4</source>
        <translation>Tillgodokvitto
F4</translation>
    </message>
    <message>
        <source>Store credit %1 %2</source>
        <translation>Tillgodokvitto %1 %2</translation>
    </message>
    <message>
        <source>Points
F6</source>
        <translation>Poäng
F6</translation>
    </message>
    <message>
        <source>Unblock vouchers
F9</source>
        <translation>Häv spärren
F9</translation>
    </message>
    <message>
        <source>Scan the voucher that pays %1, or type its whole code (SC-…) and press Enter</source>
        <translation>Läs tillgodokvittot som betalar %1, eller skriv hela dess kod (SC-…) och tryck Enter</translation>
    </message>
    <message>
        <source>Scan the voucher&apos;s barcode, or type its whole code (SC-…) and press Enter</source>
        <translation>Läs tillgodokvittots streckkod eller skriv hela dess kod (SC-…) och tryck Enter</translation>
    </message>
    <message>
        <source>Too many wrong voucher codes were typed at this till. A manager unblocks voucher entry.</source>
        <translation>För många felaktiga koder för tillgodokvitton har angetts i den här kassan. En chef häver spärren.</translation>
    </message>
    <message>
        <source>Voucher entry stays blocked.</source>
        <translation>Tillgodokvitton förblir spärrade.</translation>
    </message>
    <message>
        <source>Vouchers are taken again (unblocked by %1).</source>
        <translation>Tillgodokvitton tas emot igen (spärren hävd av %1).</translation>
    </message>
</context>
<context>
    <name>kassa::ui::PickupScreen</name>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Being picked</source>
        <translation>Plockas</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Hämtad</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullerad</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utgången</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Beställning</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Väntat</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betalning</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artiklar</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Beställt</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Plockat</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Saknas</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Inte önskad</translation>
    </message>
    <message>
        <source>To pick
F1</source>
        <translation>Att plocka
F1</translation>
    </message>
    <message>
        <source>Ready
F2</source>
        <translation>Klara
F2</translation>
    </message>
    <message>
        <source>All
F3</source>
        <translation>Alla
F3</translation>
    </message>
    <message>
        <source>Pick
F4</source>
        <translation>Plocka
F4</translation>
    </message>
    <message>
        <source>Short
F5</source>
        <translation>Saknas
F5</translation>
    </message>
    <message>
        <source>Ready, print label
F6</source>
        <translation>Klar, skriv etikett
F6</translation>
    </message>
    <message>
        <source>Refused
F8</source>
        <translation>Inte önskad
F8</translation>
    </message>
    <message>
        <source>Cancel order
F9</source>
        <translation>Annullera
F9</translation>
    </message>
    <message>
        <source>Back to the sale
Esc</source>
        <translation>Tillbaka till köpet
Esc</translation>
    </message>
    <message>
        <source>Pickup orders of store %1 (%2)</source>
        <translation>Hämtbeställningar i butik %1 (%2)</translation>
    </message>
    <message>
        <source>Paid online</source>
        <translation>Betald på nätet</translation>
    </message>
    <message>
        <source>Pays here</source>
        <translation>Betalas här</translation>
    </message>
    <message>
        <source>No pickup orders are waiting to be picked.</source>
        <translation>Inga hämtbeställningar väntar på plockning.</translation>
    </message>
    <message>
        <source>No pickup orders here.</source>
        <translation>Inga hämtbeställningar.</translation>
    </message>
    <message>
        <source>Order %1 · %2 · %3</source>
        <translation>Beställning %1 · %2 · %3</translation>
    </message>
    <message>
        <source>collect by %1</source>
        <translation>hämtas senast %1</translation>
    </message>
    <message>
        <source>Fetch order %1 from the pickup shelf and scan its shelf label.</source>
        <translation>Hämta beställning %1 från hämthyllan och läs av dess etikett.</translation>
    </message>
    <message>
        <source>Order %1 is paid online. Mark what the customer refuses (F8), then F12 hands it over.</source>
        <translation>Beställning %1 är betald på nätet. Markera det kunden inte vill ha (F8), sedan lämnar F12 ut den.</translation>
    </message>
    <message>
        <source>Order %1 is paid here. Mark what the customer refuses (F8), then F12 rings it up.</source>
        <translation>Beställning %1 betalas här. Markera det kunden inte vill ha (F8), sedan säljer F12 den.</translation>
    </message>
    <message>
        <source>Choose the order to pick first (arrow keys, or type its number).</source>
        <translation>Välj först beställningen som ska plockas (piltangenterna, eller skriv dess nummer).</translation>
    </message>
    <message>
        <source>Picking order %1: scan each item. F5 marks the chosen line&apos;s rest short, F6 marks the order ready.</source>
        <translation>Plockar beställning %1: läs av varje artikel. F5 markerar resten av vald rad som saknad, F6 markerar beställningen klar.</translation>
    </message>
    <message>
        <source>Picked. Scan the next item of order %1.</source>
        <translation>Plockad. Läs av nästa artikel i beställning %1.</translation>
    </message>
    <message>
        <source>Line %1 is short: the web shop hears of it when the order is ready.</source>
        <translation>Rad %1 saknas: webbutiken får veta det när beställningen är klar.</translation>
    </message>
    <message>
        <source>Order %1 is ready: put its shelf label on the parcel and the parcel on the pickup shelf.</source>
        <translation>Beställning %1 är klar: sätt etiketten på paketet och paketet på hämthyllan.</translation>
    </message>
    <message>
        <source>Scan the customer&apos;s code, or choose the order first.</source>
        <translation>Läs av kundens kod, eller välj beställningen först.</translation>
    </message>
    <message>
        <source>Type the pickup code from the customer&apos;s confirmation of order %1 and press Enter.</source>
        <translation>Skriv hämtkoden från kundens bekräftelse av beställning %1 och tryck Enter.</translation>
    </message>
    <message>
        <source>Refusing an item is part of the hand-over: scan the customer&apos;s code and the shelf label first.</source>
        <translation>Att avböja en artikel hör till utlämningen: läs först av kundens kod och etiketten.</translation>
    </message>
    <message>
        <source>Scan the customer&apos;s code and the order&apos;s shelf label first.</source>
        <translation>Läs först av kundens kod och beställningens etikett.</translation>
    </message>
    <message>
        <source>Order %1 is in the basket at the order&apos;s prices: take the payment (F12).</source>
        <translation>Beställning %1 finns i korgen till beställningens priser: ta betalt (F12).</translation>
    </message>
    <message>
        <source>Order %1 handed over.</source>
        <translation>Beställning %1 utlämnad.</translation>
    </message>
    <message>
        <source>the refused items</source>
        <translation>de avböjda artiklarna</translation>
    </message>
    <message>
        <source>The refused items are refunded to the online payment (return %1).</source>
        <translation>De avböjda artiklarna återbetalas till nätbetalningen (retur %1).</translation>
    </message>
    <message>
        <source>The refused items were not refunded: take them back on the return screen with the order number. (%1)</source>
        <translation>De avböjda artiklarna återbetalades inte: ta emot dem på returskärmen med beställningsnumret. (%1)</translation>
    </message>
    <message>
        <source>Cancel order %1</source>
        <translation>Annullera beställning %1</translation>
    </message>
    <message>
        <source>Why is the order cancelled?</source>
        <translation>Varför annulleras beställningen?</translation>
    </message>
    <message>
        <source>Order %1 is cancelled: put its goods back on the shelves.</source>
        <translation>Beställning %1 är annullerad: ställ tillbaka varorna på hyllorna.</translation>
    </message>
    <message>
        <source>Scan the items of the order</source>
        <translation>Läs av beställningens artiklar</translation>
    </message>
    <message>
        <source>The pickup code, six digits</source>
        <translation>Hämtkoden, sex siffror</translation>
    </message>
    <message>
        <source>Scan the parcel&apos;s shelf label</source>
        <translation>Läs av paketets etikett</translation>
    </message>
    <message>
        <source>F8 marks the chosen line refused, F12 hands the order over</source>
        <translation>F8 markerar vald rad som inte önskad, F12 lämnar ut beställningen</translation>
    </message>
    <message>
        <source>Scan the customer&apos;s code or a shelf label, or type an order number</source>
        <translation>Läs av kundens kod eller en etikett, eller skriv ett beställningsnummer</translation>
    </message>
    <message>
        <source>Pickup code
F7</source>
        <translation>Hämtkod
F7</translation>
    </message>
    <message>
        <source>Hand over
F12</source>
        <translation>Lämna ut
F12</translation>
    </message>
    <message>
        <source>Picked: every item of order %1 is picked. F6 marks it ready and prints its label.</source>
        <translation>Plockat: alla varor i order %1 är plockade. F6 markerar den som klar och skriver ut dess etikett.</translation>
    </message>
    <message>
        <source>Choose the order and its line first (arrow keys).</source>
        <translation>Välj först ordern och dess rad (piltangenterna).</translation>
    </message>
    <message>
        <source>A manager&apos;s operator number and PIN unlock it.</source>
        <translation>En chefs operatörsnummer och PIN-kod låser upp den.</translation>
    </message>
    <message>
        <source>Order %1 is unlocked: scan or type the customer&apos;s code again.</source>
        <translation>Beställningen %1 är upplåst: läs eller skriv kundens kod igen.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ProductCardView</name>
    <message>
        <source>Location</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>I lager</translation>
    </message>
    <message>
        <source>Figure from</source>
        <translation>Siffran från</translation>
    </message>
    <message>
        <source>Not yet at head office</source>
        <translation>Ännu inte hos huvudkontoret</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> /kg</source>
        <translation> /kg</translation>
    </message>
    <message>
        <source>%1, price book %2 until %3 (own price %4)</source>
        <translation>%1, prislista %2 till %3 (eget pris %4)</translation>
    </message>
    <message>
        <source>%1, price book %2 (own price %3)</source>
        <translation>%1, prislista %2 (eget pris %3)</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>Pris: %1</translation>
    </message>
    <message>
        <source>VAT %1: no rate known today</source>
        <translation>Moms %1: ingen skattesats känd i dag</translation>
    </message>
    <message>
        <source>VAT %1: %2 %</source>
        <translation>Moms %1: %2 %</translation>
    </message>
    <message>
        <source>SKU %1, codes %2</source>
        <translation>Artikelnummer %1, koder %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Variants of %1, stock in this store (arrows choose)</source>
        <translation>Varianter av %1, lager i den här butiken (pilarna väljer)</translation>
    </message>
    <message>
        <source>Web warehouse</source>
        <translation>Webbutikens lager</translation>
    </message>
    <message>
        <source>%1 (this store)</source>
        <translation>%1 (den här butiken)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänt</translation>
    </message>
    <message>
        <source>not yet synced</source>
        <translation>ännu inte synkroniserad</translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s), a count of %1</source>
        <translation>
            <numerusform>%n händelse, en inventering på %1</numerusform>
            <numerusform>%n händelser, en inventering på %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s): %1</source>
        <translation>
            <numerusform>%n händelse: %1</numerusform>
            <numerusform>%n händelser: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdelning</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Varugrupp</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Färg</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Säsong</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <source>For</source>
        <translation>För</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Ursprungsland</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReceiptPrinter</name>
    <message>
        <source>The receipt printer %1 has not taken the receipt yet: check its paper, cover and cable. It prints when the printer is ready.</source>
        <translation>Kvittoskrivaren %1 har inte tagit emot kvittot än: kontrollera papper, lock och kabel. Kvittot skrivs ut när skrivaren är klar.</translation>
    </message>
    <message>
        <source>The receipt printer %1 cannot be written: %2</source>
        <translation>Kvittoskrivaren %1 går inte att skriva till: %2</translation>
    </message>
    <message>
        <source>The receipt printer at %1 did not answer: %2</source>
        <translation>Kvittoskrivaren på %1 svarade inte: %2</translation>
    </message>
    <message>
        <source>The receipt printer at %1 did not answer in time.</source>
        <translation>Kvittoskrivaren på %1 svarade inte i tid.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReceiptScreen</name>
    <message>
        <source>New sale
Enter</source>
        <translation>Nytt köp
Enter</translation>
    </message>
    <message>
        <source>Paid. Receipt %1</source>
        <translation>Betalt. Kvitto %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Tillbaka %1</translation>
    </message>
    <message>
        <source>Refund %1. Return %2</source>
        <translation>Återbetalning %1. Retur %2</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReturnScreen</name>
    <message>
        <source>as head office has it</source>
        <translation>enligt huvudkontoret</translation>
    </message>
    <message>
        <source>from this till&apos;s own receipts</source>
        <translation>från kassans egna kvitton</translation>
    </message>
    <message>
        <source>from the receipt&apos;s code</source>
        <translation>från kvittots kod</translation>
    </message>
    <message>
        <source>from the web orders this till keeps</source>
        <translation>från webbeställningarna kassan har</translation>
    </message>
    <message>
        <source>Scan the receipt&apos;s QR code, or type a receipt or web order number</source>
        <translation>Läs kvittots QR-kod eller skriv kvitto- eller webbeställningsnumret</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sålt</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returnerat</translation>
    </message>
    <message>
        <source>Can return</source>
        <translation>Kan returneras</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Återbetalning</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Vart</translation>
    </message>
    <message>
        <source>Quantity (all)</source>
        <translation>Antal (allt)</translation>
    </message>
    <message>
        <source>Back to stock</source>
        <translation>Tillbaka i försäljning</translation>
    </message>
    <message>
        <source>Damaged, set aside</source>
        <translation>Skadad, åt sidan</translation>
    </message>
    <message>
        <source>Find
Enter</source>
        <translation>Sök
Enter</translation>
    </message>
    <message>
        <source>Take back
F4</source>
        <translation>Returnera
F4</translation>
    </message>
    <message>
        <source>No receipt
F3</source>
        <translation>Utan kvitto
F3</translation>
    </message>
    <message>
        <source>Remove line
F8</source>
        <translation>Ta bort rad
F8</translation>
    </message>
    <message>
        <source>Cash
F9</source>
        <translation>Kontant
F9</translation>
    </message>
    <message>
        <source>Store credit
F10</source>
        <translation>Tillgodokvitto
F10</translation>
    </message>
    <message>
        <source>Cancel
Esc</source>
        <translation>Avbryt
Esc</translation>
    </message>
    <message>
        <source>Refund as paid
F12</source>
        <translation>Återbetala som betalt
F12</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <source>Asking head office about %1…</source>
        <translation>Frågar huvudkontoret om %1…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Offline (%1): decided under the offline rules, confirmed once head office has it.</source>
        <translation>Ingen anslutning (%1): avgörs enligt reglerna utan anslutning och bekräftas när huvudkontoret har fått den.</translation>
    </message>
    <message>
        <source>Without a receipt: scan the items. A manager approves the return.</source>
        <translation>Utan kvitto: läs varorna. En chef godkänner returen.</translation>
    </message>
    <message>
        <source>Head office is holding the items for this return…</source>
        <translation>Huvudkontoret reserverar varorna för returen…</translation>
    </message>
    <message>
        <source>Head office was lost (%1): decided under the offline rules.</source>
        <translation>Anslutningen till huvudkontoret bröts (%1): avgörs enligt reglerna utan anslutning.</translation>
    </message>
    <message>
        <source>Waiting for the payment terminal…</source>
        <translation>Väntar på betalterminalen…</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>Återbetalning %1</translation>
    </message>
    <message>
        <source>Exchange: the new items (%1) are paid first from what comes back; only the rest is refunded</source>
        <translation>Byte: de returnerade varorna betalar först de nya varorna (%1); bara resten återbetalas</translation>
    </message>
    <message>
        <source>Back %1 · towards the new items %2 · refund %3</source>
        <translation>Tillbaka %1 · till nya varor %2 · återbetalning %3</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Byte</translation>
    </message>
    <message>
        <source>Nothing to remove: no line has been taken back yet.</source>
        <translation>Inget att ta bort: ingen rad har returnerats än.</translation>
    </message>
    <message>
        <source>%1 is no longer in this return.</source>
        <translation>%1 finns inte längre i den här returen.</translation>
    </message>
    <message>
        <source>Without a receipt, scan each item to take it back.</source>
        <translation>Utan kvitto, läs varje vara som ska returneras.</translation>
    </message>
    <message>
        <source>Find the receipt first: scan its QR code or type its number.</source>
        <translation>Hämta först kvittot: läs dess QR-kod eller skriv dess nummer.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::SaleScreen</name>
    <message>
        <source>Scan or type a code; quantity first with *</source>
        <translation>Läs eller skriv en kod; mängd först med *</translation>
    </message>
    <message>
        <source>Quantity
F4</source>
        <translation>Mängd
F4</translation>
    </message>
    <message>
        <source>Line discount
F6</source>
        <translation>Radrabatt
F6</translation>
    </message>
    <message>
        <source>Basket discount
F7</source>
        <translation>Korgrabatt
F7</translation>
    </message>
    <message>
        <source>Void line
F8</source>
        <translation>Makulera rad
F8</translation>
    </message>
    <message>
        <source>Pay
F12</source>
        <translation>Betala
F12</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>/kg</source>
        <translation>/kg</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n rad</numerusform>
            <numerusform>%n rader</numerusform>
        </translation>
    </message>
    <message>
        <source>Discounts %1</source>
        <translation>Rabatter %1</translation>
    </message>
    <message>
        <source>VAT %1 %2: %3</source>
        <translation>Moms %1 %2: %3</translation>
    </message>
    <message>
        <source>%1 ×</source>
        <translation>%1 ×</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Type the quantity first, then ×, then scan.</source>
        <translation>Skriv först mängden, sedan × och läs sedan koden.</translation>
    </message>
    <message>
        <source>Type the new quantity, then press Quantity (F4).</source>
        <translation>Skriv den nya mängden och tryck sedan Mängd (F4).</translation>
    </message>
    <message>
        <source>Quantity changed.</source>
        <translation>Mängden ändrades.</translation>
    </message>
    <message>
        <source>Line %1 voided.</source>
        <translation>Rad %1 makulerades.</translation>
    </message>
    <message>
        <source>Not approved: nothing changed.</source>
        <translation>Inte godkänt: ingenting ändrades.</translation>
    </message>
    <message>
        <source>Type the discount first: 10% for a percentage, or an amount such as %1.</source>
        <translation>Skriv först rabatten: 10% för procent, eller ett belopp som %1.</translation>
    </message>
    <message>
        <source>basket discount %1</source>
        <translation>korgrabatt %1</translation>
    </message>
    <message>
        <source>line %1 discount %2</source>
        <translation>rad %1 rabatt %2</translation>
    </message>
    <message>
        <source>Basket discount set.</source>
        <translation>Korgrabatten är satt.</translation>
    </message>
    <message>
        <source>Line discount set.</source>
        <translation>Radrabatten är satt.</translation>
    </message>
    <message>
        <source>There are no suspended baskets.</source>
        <translation>Det finns inga parkerade korgar.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n line(s), %3</source>
        <translation>
            <numerusform>%1: %2, %n rad, %3</numerusform>
            <numerusform>%1: %2, %n rader, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Recall a basket</source>
        <translation>Hämta en korg</translation>
    </message>
    <message>
        <source>Suspended baskets</source>
        <translation>Parkerade korgar</translation>
    </message>
    <message>
        <source>Basket %1 recalled.</source>
        <translation>Korg %1 hämtades.</translation>
    </message>
    <message>
        <source>Returns
F5</source>
        <translation>Retur
F5</translation>
    </message>
    <message>
        <source>Find product
F3</source>
        <translation>Sök produkt
F3</translation>
    </message>
    <message>
        <source>Stock
F2</source>
        <translation>Lager
F2</translation>
    </message>
    <message>
        <source>Customer
F1</source>
        <translation>Kund
F1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Kund: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n poäng</numerusform>
            <numerusform>%n poäng</numerusform>
        </translation>
    </message>
    <message>
        <source>Shift, cash, log out
F11</source>
        <translation>Pass, kontanter, logga ut
F11</translation>
    </message>
    <message>
        <source>Finish or suspend the basket before the shift, the cash drawer or logging out.</source>
        <translation>Slutför eller parkera köpet före passet, kassalådan eller utloggningen.</translation>
    </message>
    <message>
        <source>Suspend / recall
F9</source>
        <translation>Parkera / återta
F9</translation>
    </message>
    <message>
        <source>Pickup orders
F10</source>
        <translation>Hämtbeställningar
F10</translation>
    </message>
    <message>
        <source>Basket suspended as number %1. Recall it with F9 when no sale is open.</source>
        <translation>Korgen parkerad som nummer %1. Återta den med F9 när ingen försäljning är öppen.</translation>
    </message>
    <message>
        <source>Finish or suspend the basket before the pickup orders.</source>
        <translation>Avsluta eller parkera korgen före hämtbeställningarna.</translation>
    </message>
    <message>
        <source>Cancelled: nothing typed is kept.</source>
        <translation>Avbrutet: inget inskrivet sparas.</translation>
    </message>
    <message>
        <source>Esc cancels what is typed. The sale stays: F12 pays, F9 suspends it, F8 voids the chosen line.</source>
        <translation>Esc avbryter det inskrivna. Köpet står kvar: F12 betalar, F9 parkerar det, F8 makulerar den valda raden.</translation>
    </message>
    <message>
        <source>Nothing to cancel.</source>
        <translation>Inget att avbryta.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ShiftScreen</name>
    <message>
        <source>Change from the bank</source>
        <translation>Växel från banken</translation>
    </message>
    <message>
        <source>Float top-up</source>
        <translation>Påfyllning av växelkassan</translation>
    </message>
    <message>
        <source>Petty cash paid out</source>
        <translation>Utbetalt ur småkassan</translation>
    </message>
    <message>
        <source>Paid to a supplier</source>
        <translation>Betalt till en leverantör</translation>
    </message>
    <message>
        <source>Taken to the bank</source>
        <translation>Fört till banken</translation>
    </message>
    <message>
        <source>Into the safe</source>
        <translation>Till kassaskåpet</translation>
    </message>
    <message>
        <source>Change for a customer</source>
        <translation>Växel åt en kund</translation>
    </message>
    <message>
        <source>Drawer checked</source>
        <translation>Lådan kontrollerad</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Open shift
F1</source>
        <translation>Öppna pass
F1</translation>
    </message>
    <message>
        <source>Cash in
F2</source>
        <translation>Kontanter in
F2</translation>
    </message>
    <message>
        <source>Cash out
F3</source>
        <translation>Kontanter ut
F3</translation>
    </message>
    <message>
        <source>Safe drop
F4</source>
        <translation>Till kassaskåpet
F4</translation>
    </message>
    <message>
        <source>Open drawer
F5</source>
        <translation>Öppna lådan
F5</translation>
    </message>
    <message>
        <source>X report
F6</source>
        <translation>X-rapport
F6</translation>
    </message>
    <message>
        <source>Close shift (Z)
F7</source>
        <translation>Stäng pass (Z)
F7</translation>
    </message>
    <message>
        <source>Log out
F11</source>
        <translation>Logga ut
F11</translation>
    </message>
    <message>
        <source>Back to the sale
Esc</source>
        <translation>Tillbaka till köpet
Esc</translation>
    </message>
    <message>
        <source>Done
F12</source>
        <translation>Klar
F12</translation>
    </message>
    <message>
        <source>Float counted</source>
        <translation>Räknad växelkassa</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>Räknade kontanter</translation>
    </message>
    <message>
        <source>the drawer&apos;s cash, by denomination (50x2 20x3 …) or as a total</source>
        <translation>lådans kontanter per valör (50x2 20x3 …) eller som summa</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>the reason, when a manager approves a difference</source>
        <translation>orsaken, när en chef godkänner en differens</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>frivilligt</translation>
    </message>
    <message>
        <source>Shift %1, open since %2 (opened by %3).</source>
        <translation>Pass %1, öppet sedan %2 (öppnat av %3).</translation>
    </message>
    <message>
        <source>No shift is open: count the float into the drawer and open one (F1, then F12).</source>
        <translation>Inget pass är öppet: räkna växelkassan i lådan och öppna ett (F1, sedan F12).</translation>
    </message>
    <message>
        <source>Training mode is on.</source>
        <translation>Övningsläget är på.</translation>
    </message>
    <message>
        <source>Shift %1 is open with a float of %2.</source>
        <translation>Pass %1 är öppet med en växelkassa på %2.</translation>
    </message>
    <message>
        <source>The drawer is open (%1); it is logged.</source>
        <translation>Lådan är öppen (%1); det är loggat.</translation>
    </message>
    <message>
        <source>%1 recorded (%2); the drawer is open.</source>
        <translation>%1 bokfört (%2); lådan är öppen.</translation>
    </message>
    <message>
        <source>Type the reason in Note and press F12 again for the manager.</source>
        <translation>Skriv orsaken under Anteckning och tryck F12 igen för chefen.</translation>
    </message>
    <message>
        <source>Not closed: count again, or ask a manager.</source>
        <translation>Inte stängt: räkna igen eller be en chef.</translation>
    </message>
    <message>
        <source>Shift %1 is closed: Z report %2 is printed.</source>
        <translation>Pass %1 är stängt: Z-rapport %2 är utskriven.</translation>
    </message>
    <message>
        <source>The X report shows the cash the drawer should hold: a supervisor&apos;s operator number and PIN.</source>
        <translation>X-rapporten visar hur mycket kontanter lådan borde innehålla: skiftledarens nummer och PIN.</translation>
    </message>
    <message>
        <source>X report printed; the shift stays open.</source>
        <translation>X-rapporten är utskriven; passet förblir öppet.</translation>
    </message>
    <message>
        <source>Training mode: sales are practice and never count. A manager&apos;s operator number and PIN.</source>
        <translation>Övningsläge: försäljningen är övning och räknas aldrig. Chefens nummer och PIN.</translation>
    </message>
    <message>
        <source>Back to real sales: a manager&apos;s operator number and PIN.</source>
        <translation>Tillbaka till riktig försäljning: chefens nummer och PIN.</translation>
    </message>
    <message>
        <source>Training mode is on: sales print as training and count nowhere.</source>
        <translation>Övningsläget är på: försäljningen skrivs ut som övning och räknas ingenstans.</translation>
    </message>
    <message>
        <source>Training mode is off: the till sells for real.</source>
        <translation>Övningsläget är av: kassan säljer på riktigt.</translation>
    </message>
    <message>
        <source>Record
F12</source>
        <translation>Registrera
F12</translation>
    </message>
    <message>
        <source>choose what to do first: F1 … F7</source>
        <translation>välj först vad som ska göras: F1 … F7</translation>
    </message>
    <message>
        <source>%1, or by denomination: 20x5 10x3 %2x4</source>
        <translation>%1, eller per valör: 20x5 10x3 %2x4</translation>
    </message>
    <message>
        <source>in euros, such as %1</source>
        <translation>i euro, till exempel %1</translation>
    </message>
    <message>
        <source>Choose what the amount is for first: F2 cash in, F3 cash out, F4 safe drop, F7 the close.</source>
        <translation>Välj först vad beloppet gäller: F2 kontanter in, F3 kontanter ut, F4 till kassaskåpet, F7 stängningen.</translation>
    </message>
    <message>
        <source>Type the amount in euros, such as %1.</source>
        <translation>Skriv beloppet i euro, till exempel %1.</translation>
    </message>
    <message>
        <source>Training
F9</source>
        <translation>Övning
F9</translation>
    </message>
</context>
<context>
    <name>kassa::ui::StockScreen</name>
    <message>
        <source>Scan an item, or type a number and press F4 for the chosen line&apos;s quantity</source>
        <translation>Läs in en artikel, eller skriv ett tal och tryck F4 för vald rads antal</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>On the delivery</source>
        <translation>I leveransen</translation>
    </message>
    <message>
        <source>aisle 4, back room …</source>
        <translation>gång 4, lagerrum …</translation>
    </message>
    <message>
        <source>Damaged (out)</source>
        <translation>Skadad (ut)</translation>
    </message>
    <message>
        <source>Shrink (out)</source>
        <translation>Svinn (ut)</translation>
    </message>
    <message>
        <source>Found (in)</source>
        <translation>Hittad (in)</translation>
    </message>
    <message>
        <source>ST-002-01-000004, from the transfer&apos;s papers</source>
        <translation>ST-002-01-000004, från överföringens papper</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Leverans</translation>
    </message>
    <message>
        <source>Area counted</source>
        <translation>Inventerat område</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>To store</source>
        <translation>Till butik</translation>
    </message>
    <message>
        <source>Transfer number</source>
        <translation>Överföringens nummer</translation>
    </message>
    <message>
        <source>Goods received
F5</source>
        <translation>Varumottagning
F5</translation>
    </message>
    <message>
        <source>Count
F6</source>
        <translation>Inventering
F6</translation>
    </message>
    <message>
        <source>Adjust
F7</source>
        <translation>Justering
F7</translation>
    </message>
    <message>
        <source>Transfer in
F9</source>
        <translation>Överföring in
F9</translation>
    </message>
    <message>
        <source>Quantity
F4</source>
        <translation>Mängd
F4</translation>
    </message>
    <message>
        <source>Back to the sale
Esc</source>
        <translation>Tillbaka till köpet
Esc</translation>
    </message>
    <message>
        <source>Record
F12</source>
        <translation>Bokför
F12</translation>
    </message>
    <message>
        <source>None: goods received freely</source>
        <translation>Ingen: fri varumottagning</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n line(s)</source>
        <translation>
            <numerusform>%1 · %n rad</numerusform>
            <numerusform>%1 · %n rader</numerusform>
        </translation>
    </message>
    <message>
        <source>Goods received</source>
        <translation>Varumottagning</translation>
    </message>
    <message>
        <source>Count sheet</source>
        <translation>Inventeringslista</translation>
    </message>
    <message>
        <source>Stock adjustment</source>
        <translation>Lagerjustering</translation>
    </message>
    <message>
        <source>Transfer out to another store</source>
        <translation>Överföring till en annan butik</translation>
    </message>
    <message>
        <source>Transfer in from another store</source>
        <translation>Överföring från en annan butik</translation>
    </message>
    <message>
        <source>(not in this till&apos;s catalog)</source>
        <translation>(inte i den här kassans sortiment)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Scan an item first, then type its quantity and press F4.</source>
        <translation>Läs in en artikel först, skriv sedan antalet och tryck F4.</translation>
    </message>
    <message>
        <source> (store %1)</source>
        <translation> (butik %1)</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %1%2: %n line(s). Head office gets it with the next sync.</source>
        <translation>
            <numerusform>Bokfört %1%2: %n rad. Huvudkontoret får det vid nästa synkronisering.</numerusform>
            <numerusform>Bokfört %1%2: %n rader. Huvudkontoret får det vid nästa synkronisering.</numerusform>
        </translation>
    </message>
    <message>
        <source>Transfer out
F10</source>
        <translation>Överföring ut
F10</translation>
    </message>
    <message>
        <source>Remove line
F8</source>
        <translation>Ta bort rad
F8</translation>
    </message>
</context>
</TS>
