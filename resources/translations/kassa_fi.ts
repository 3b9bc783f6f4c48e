<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>QObject</name>
    <message>
        <source>Kassa cannot start</source>
        <translation>Kassa ei käynnisty</translation>
    </message>
    <message>
        <source>The till&apos;s data in %1 cannot be used: %2. Check that the folder is writable; if the file is damaged, restore the latest backup.</source>
        <translation>Kassan tietoja kansiossa %1 ei voi käyttää: %2. Tarkista, että kansioon voi kirjoittaa; jos tiedosto on vioittunut, palauta uusin varmuuskopio.</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; is not valid: use none, file:PATH or tcp:HOST:PORT.</source>
        <translation>Tulostin &quot;%1&quot; ei kelpaa: käytä muotoa none, file:POLKU tai tcp:OSOITE:PORTTI.</translation>
    </message>
    <message>
        <source>Kassa is already running on %1.</source>
        <translation>Kassa on jo käynnissä kansiossa %1.</translation>
    </message>
</context>
<context>
    <name>kassa::core::Error</name>
    <message>
        <source>Nothing was scanned. Scan the barcode again or type the code.</source>
        <translation>Mitään ei luettu. Lue viivakoodi uudelleen tai näppäile koodi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a barcode: a code has digits only. Scan again or type the digits.</source>
        <translation>&quot;%1&quot; ei ole viivakoodi: koodissa on vain numeroita. Lue uudelleen tai näppäile numerot.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a barcode: codes have 8, 12, 13 or 14 digits. Scan again.</source>
        <translation>&quot;%1&quot; ei ole viivakoodi: koodissa on 8, 12, 13 tai 14 numeroa. Lue uudelleen.</translation>
    </message>
    <message>
        <source>Code %1 has a wrong check digit: it was misread or mistyped. Scan again.</source>
        <translation>Koodin %1 tarkistusnumero on väärä: se luettiin tai näppäiltiin väärin. Lue uudelleen.</translation>
    </message>
    <message>
        <source>No product has the code %1. Check the code or ask a supervisor to add the product.</source>
        <translation>Koodilla %1 ei löydy tuotetta. Tarkista koodi tai pyydä esimiestä lisäämään tuote.</translation>
    </message>
    <message>
        <source>Quantity &quot;%1&quot; is not valid: pieces are whole numbers above zero, weights are kilograms above zero.</source>
        <translation>Määrä &quot;%1&quot; ei kelpaa: kappaleet ovat nollaa suurempia kokonaislukuja, painot nollaa suurempia kilomääriä.</translation>
    </message>
    <message>
        <source>That quantity is too large: at most %1 on one line. Check the quantity.</source>
        <translation>Määrä on liian suuri: yhdellä rivillä enintään %1. Tarkista määrä.</translation>
    </message>
    <message>
        <source>%1 is sold by weight: type the weight in kilograms first, then add the product.</source>
        <translation>%1 myydään painon mukaan: näppäile ensin paino kiloina ja lisää sitten tuote.</translation>
    </message>
    <message>
        <source>There is no line %1 in the basket.</source>
        <translation>Ostoskorissa ei ole riviä %1.</translation>
    </message>
    <message>
        <source>Line %1 has already been voided.</source>
        <translation>Rivi %1 on jo mitätöity.</translation>
    </message>
    <message>
        <source>That discount is not valid: it must be between zero and the amount it applies to.</source>
        <translation>Alennus ei kelpaa: sen on oltava nollan ja alennettavan summan välillä.</translation>
    </message>
    <message>
        <source>A discount of %1 needs a supervisor&apos;s approval.</source>
        <translation>Alennus %1 vaatii esimiehen hyväksynnän.</translation>
    </message>
    <message>
        <source>%1 may not approve this: a supervisor or manager must.</source>
        <translation>%1 ei voi hyväksyä tätä: hyväksyjän on oltava esimies tai päällikkö.</translation>
    </message>
    <message>
        <source>The basket is empty: scan a product first.</source>
        <translation>Ostoskori on tyhjä: lue ensin tuote.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: type euros and cents, for example 20 or 12,50.</source>
        <translation>&quot;%1&quot; ei ole summa: näppäile eurot ja sentit, esimerkiksi 20 tai 12,50.</translation>
    </message>
    <message>
        <source>%1 is more than is left to pay. Only cash can be more than is due.</source>
        <translation>%1 on enemmän kuin maksettavaa on jäljellä. Vain käteistä voi antaa yli maksettavan.</translation>
    </message>
    <message>
        <source>The payment does not cover the total: %1 is still to pay.</source>
        <translation>Maksu ei kata loppusummaa: maksettavaa on vielä %1.</translation>
    </message>
    <message>
        <source>The sale is not paid yet: %1 is still to pay.</source>
        <translation>Ostosta ei ole vielä maksettu: maksettavaa on vielä %1.</translation>
    </message>
    <message>
        <source>The card was declined for %1. Ask for another card or another way to pay.</source>
        <translation>Kortti hylättiin summalle %1. Pyydä toinen kortti tai muu maksutapa.</translation>
    </message>
    <message>
        <source>The payment terminal does not answer. Check its cable and power, or take cash.</source>
        <translation>Maksupääte ei vastaa. Tarkista sen kaapeli ja virta tai ota käteistä.</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong PINs until %1. A manager can unlock it.</source>
        <translation>Tunnus on lukittu liian monen väärän PIN-koodin vuoksi klo %1 asti. Päällikkö voi avata lukituksen.</translation>
    </message>
    <message>
        <source>Suspended basket %1 no longer exists: it may have been recalled already.</source>
        <translation>Pysäköityä ostoskoria %1 ei enää ole: se on ehkä jo noudettu.</translation>
    </message>
    <message>
        <source>Finish or suspend the open basket first.</source>
        <translation>Päätä tai pysäköi avoin ostoskori ensin.</translation>
    </message>
    <message>
        <source>The till&apos;s disk is full, so the sale was not recorded. The basket is kept: call store IT, then try again.</source>
        <translation>Kassan levy on täynnä, joten ostosta ei tallennettu. Ostoskori säilyy: soita myymälän IT-tukeen ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <source>The till cannot write its data folder, so nothing was recorded. The basket is kept: call store IT, then try again. (%1)</source>
        <translation>Kassa ei voi kirjoittaa tietokansioonsa, joten mitään ei tallennettu. Ostoskori säilyy: soita myymälän IT-tukeen ja yritä sitten uudelleen. (%1)</translation>
    </message>
    <message>
        <source>The till could not record this (%1). The basket is kept: try again, and call store IT if it repeats.</source>
        <translation>Kassa ei voinut tallentaa tätä (%1). Ostoskori säilyy: yritä uudelleen ja soita IT-tukeen, jos vika toistuu.</translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation>Ei hyväksytty: %1</translation>
    </message>
    <message>
        <source>No receipt or web order %1 is known. Check the number; without a network, scan the QR code printed on the receipt.</source>
        <translation>Kuittia tai verkkotilausta %1 ei tunneta. Tarkista numero; ilman verkkoyhteyttä lue kuittiin tulostettu QR-koodi.</translation>
    </message>
    <message>
        <source>There is no %1. Check the line number.</source>
        <translation>Ei löydy: %1. Tarkista rivin numero.</translation>
    </message>
    <message>
        <source>%1 has been returned already in full: nothing of it can come back.</source>
        <translation>%1 on jo palautettu kokonaan: siitä ei voi palauttaa enempää.</translation>
    </message>
    <message>
        <source>Too many: %1. Lower the quantity to what can still come back.</source>
        <translation>Liian monta: %1. Pienennä määrä siihen, mitä voi vielä palauttaa.</translation>
    </message>
    <message>
        <source>The return period has passed: %1. A manager may take it back as a return without a receipt.</source>
        <translation>Palautusaika on päättynyt: %1. Päällikkö voi ottaa sen vastaan palautuksena ilman kuittia.</translation>
    </message>
    <message>
        <source>%1 cannot be returned under the chain&apos;s policy.</source>
        <translation>Ketjun palautusehtojen mukaan tuotetta %1 ei voi palauttaa.</translation>
    </message>
    <message>
        <source>The policy does not allow this refund: %1. Choose another way to refund.</source>
        <translation>Palautusehdot eivät salli tätä hyvitystä: %1. Valitse toinen hyvitystapa.</translation>
    </message>
    <message>
        <source>Without a connection to head office this till may refund no more: %1. A manager may approve it, or wait until the connection is back.</source>
        <translation>Ilman yhteyttä pääkonttoriin kassa ei voi hyvittää enempää: %1. Päällikkö voi hyväksyä sen, tai odota yhteyden palaamista.</translation>
    </message>
    <message>
        <source>The chain&apos;s policy takes no returns without a receipt or order number.</source>
        <translation>Ketjun palautusehdot eivät salli palautuksia ilman kuittia tai tilausnumeroa.</translation>
    </message>
    <message>
        <source>A return without a receipt refunds at most %1. Remove an item.</source>
        <translation>Palautus ilman kuittia hyvittää enintään %1. Poista jokin tuote.</translation>
    </message>
    <message>
        <source>%1 needs a manager&apos;s approval.</source>
        <translation>%1 vaatii päällikön hyväksynnän.</translation>
    </message>
    <message>
        <source>The receipt&apos;s code could not be read whole. Scan it again, or type the receipt number.</source>
        <translation>Kuitin koodia ei saatu luettua kokonaan. Lue se uudelleen tai näppäile kuitin numero.</translation>
    </message>
    <message>
        <source>This receipt&apos;s code is not genuine (%1): it was changed, or the till that printed it is not trusted. Do not take the return from it; call a manager.</source>
        <translation>Kuitin koodi ei ole aito (%1): sitä on muutettu, tai sen tulostanut kassa ei ole luotettu. Älä ota palautusta sen perusteella; kutsu päällikkö.</translation>
    </message>
    <message>
        <source>The payment terminal refused to refund %1 to the card. Nothing was recorded: try again or refund another way.</source>
        <translation>Maksupääte ei hyvittänyt summaa %1 kortille. Mitään ei kirjattu: yritä uudelleen tai hyvitä toisella tavalla.</translation>
    </message>
    <message>
        <source>Nothing is chosen to return: choose a line first.</source>
        <translation>Mitään ei ole valittu palautettavaksi: valitse ensin rivi.</translation>
    </message>
    <message>
        <source>Give a reason for %1: %2.</source>
        <translation>Anna syy: %1 (%2).</translation>
    </message>
    <message>
        <source>Voucher %1 has been spent in full: nothing is left on it.</source>
        <translation>Hyvityskuitti %1 on käytetty kokonaan: sillä ei ole saldoa jäljellä.</translation>
    </message>
    <message>
        <source>The voucher holds less: %1. Take what is left on it and pay the rest another way.</source>
        <translation>Hyvityskuitilla on vähemmän: %1. Käytä sen saldo ja maksa loput muulla tavalla.</translation>
    </message>
    <message>
        <source>Voucher %1 cannot be checked without a connection to head office: it is not among the vouchers this till has been sent. Take another payment, or wait until the connection is back.</source>
        <translation>Hyvityskuittia %1 ei voi tarkistaa ilman yhteyttä keskukseen: sitä ei ole tälle kassalle lähetettyjen hyvityskuittien joukossa. Ota maksu muulla tavalla tai odota yhteyden palaamista.</translation>
    </message>
    <message>
        <source>There is no store %1 that this till knows of. Check the store number, or sync with head office first.</source>
        <translation>Myymälää %1 ei tunneta tällä kassalla. Tarkista myymälän numero tai synkronoi ensin pääkonttorin kanssa.</translation>
    </message>
    <message>
        <source>%1 has been received at this till already: it is not counted twice.</source>
        <translation>%1 on jo vastaanotettu tällä kassalla: sitä ei lasketa kahdesti.</translation>
    </message>
    <message>
        <source>Give %1.</source>
        <translation>Anna %1.</translation>
    </message>
    <message>
        <source>Head office has not sent delivery %1 to this store. Check the number on the delivery note, sync with head office, or receive the goods without a delivery.</source>
        <translation>Pääkonttori ei ole lähettänyt toimitusta %1 tähän myymälään. Tarkista lähetteen numero, synkronoi pääkonttorin kanssa tai vastaanota tavarat ilman toimitusta.</translation>
    </message>
    <message>
        <source>%1 is not on this delivery. Receive it separately, without the delivery, and tell head office.</source>
        <translation>%1 ei ole tässä toimituksessa. Vastaanota se erikseen ilman toimitusta ja kerro pääkonttorille.</translation>
    </message>
    <message>
        <source>Head office cannot be asked now (%1). The figures shown are those this till has, each with its time.</source>
        <translation>Pääkonttorilta ei voi nyt kysyä (%1). Näytetyt luvut ovat tämän kassan tiedot, kukin aikaleimoineen.</translation>
    </message>
    <message>
        <source>This loyalty card belongs to %1 already. Give the customer a new card, or find %1 instead.</source>
        <translation>Tämä kanta-asiakaskortti kuuluu jo asiakkaalle %1. Anna asiakkaalle uusi kortti tai hae %1.</translation>
    </message>
    <message>
        <source>This till has no customer %1: head office may have erased them at the customer&apos;s request. Search for the customer again.</source>
        <translation>Tällä kassalla ei ole asiakasta %1: pääkonttori on voinut poistaa asiakkaan tiedot tämän pyynnöstä. Hae asiakas uudelleen.</translation>
    </message>
    <message>
        <source>Points are paid only by a member of the loyalty programme (%1). Scan the customer&apos;s loyalty card first.</source>
        <translation>Pisteillä maksaa vain kanta-asiakas (%1). Lue ensin asiakkaan kanta-asiakaskortti.</translation>
    </message>
    <message>
        <source>The customer has %1 points to use. Pay the rest another way.</source>
        <translation>Asiakkaalla on käytettävissä %1 pistettä. Maksa loput muulla tavalla.</translation>
    </message>
    <message>
        <source>Points are used %1 or more at a time.</source>
        <translation>Pisteitä käytetään vähintään %1 kerrallaan.</translation>
    </message>
    <message>
        <source>The customer&apos;s points pay part of this sale: the customer cannot be changed now. Cancel the payment first.</source>
        <translation>Asiakkaan pisteillä on maksettu osa tästä ostoksesta: asiakasta ei voi nyt vaihtaa. Peru ensin maksu.</translation>
    </message>
    <message>
        <source>%1 cannot leave the drawer: it holds %2 by the till&apos;s figures. Count the drawer, or take out less.</source>
        <translation>%1 ei voi lähteä laatikosta: kassan lukujen mukaan siinä on %2. Laske laatikko tai ota vähemmän.</translation>
    </message>
    <message>
        <source>No shift is open at this till. Open one with the counted float first.</source>
        <translation>Tällä kassalla ei ole avointa vuoroa. Avaa vuoro ensin lasketulla vaihtokassalla.</translation>
    </message>
    <message>
        <source>Shift %1 is open at this till since %2: close it (Z report) before opening another.</source>
        <translation>Vuoro %1 on avoinna tällä kassalla %2 alkaen: sulje se (Z-raportti) ennen uuden avaamista.</translation>
    </message>
    <message>
        <source>The count differs from the till&apos;s figures by more than %1. A manager approves the close with a reason, or count again.</source>
        <translation>Laskettu summa poikkeaa kassan luvuista enemmän kuin %1. Esimies hyväksyy sulkemisen syyn kanssa, tai laske uudelleen.</translation>
    </message>
    <message>
        <source>Shift %1 was closed already: Z report %2 at %3 by operator %4. Nothing was changed; open a new shift to sell again.</source>
        <translation>Vuoro %1 on jo suljettu: Z-raportti %2 %3, kassanhoitaja %4. Mitään ei muutettu; avaa uusi vuoro myydäksesi.</translation>
    </message>
    <message>
        <source>Training mode changes only between customers: finish or suspend the open basket first.</source>
        <translation>Harjoitustila vaihtuu vain asiakkaiden välillä: päätä tai pysäköi avoin ostos ensin.</translation>
    </message>
    <message>
        <source>%1 cannot be practised in training mode: nothing real may change. Switch training off to do it for a customer.</source>
        <translation>%1 ei onnistu harjoitustilassa: mikään todellinen ei saa muuttua. Lopeta harjoitustila tehdäksesi sen asiakkaalle.</translation>
    </message>
    <message>
        <source>Order %1 was collected already: nothing was changed.</source>
        <translation>Tilaus %1 on jo noudettu: mitään ei muutettu.</translation>
    </message>
    <message>
        <source>Order %1 was cancelled: it is not to be picked or handed over.</source>
        <translation>Tilaus %1 on peruttu: sitä ei kerätä eikä luovuteta.</translation>
    </message>
    <message>
        <source>Order %1 was not collected in time and has expired: its goods went back to stock. The customer can order again.</source>
        <translation>Tilausta %1 ei noudettu ajoissa ja se on vanhentunut: sen tuotteet palasivat varastoon. Asiakas voi tilata uudelleen.</translation>
    </message>
    <message>
        <source>Order %1 is not ready to collect yet: pick it and mark it ready first.</source>
        <translation>Tilaus %1 ei ole vielä noudettavissa: kerää se ja merkitse valmiiksi ensin.</translation>
    </message>
    <message>
        <source>Order %1 is %2: it cannot be marked %3.</source>
        <translation>Tilaus %1 on %2: sitä ei voi merkitä tilaan %3.</translation>
    </message>
    <message>
        <source>Order %1 is not a pickup order of this store: check the number. A new order reaches the till within minutes once the line to head office is up.</source>
        <translation>Tilaus %1 ei ole tämän myymälän noutotilaus: tarkista numero. Uusi tilaus tulee kassalle minuuteissa, kun yhteys pääkonttoriin toimii.</translation>
    </message>
    <message>
        <source>Order %1 is collected in store %2, not here: tell the customer where it waits.</source>
        <translation>Tilaus %1 noudetaan myymälästä %2, ei täältä: kerro asiakkaalle, missä se odottaa.</translation>
    </message>
    <message>
        <source>The pickup code does not match order %1: ask for the code in the order confirmation. Nothing was handed over.</source>
        <translation>Noutokoodi ei täsmää tilaukseen %1: pyydä koodi tilausvahvistuksesta. Mitään ei luovutettu.</translation>
    </message>
    <message>
        <source>%1 is not on order %2: put it back.</source>
        <translation>%1 ei kuulu tilaukseen %2: palauta se hyllyyn.</translation>
    </message>
    <message>
        <source>Order %1 has %3 of %2 and %4 are picked already: put the extra back.</source>
        <translation>Tilauksessa %1 on %3 kpl tuotetta %2 ja %4 on jo kerätty: palauta ylimääräinen hyllyyn.</translation>
    </message>
    <message>
        <source>Order %1: %3 of %2 not picked yet. Pick it, or mark it short if it is not on the shelf.</source>
        <translation>Tilaus %1: %3 kpl tuotetta %2 keräämättä. Kerää se, tai merkitse puuttuvaksi, jos sitä ei ole hyllyssä.</translation>
    </message>
    <message>
        <source>This shelf label is for order %1, not %2: fetch the right parcel.</source>
        <translation>Tämä hyllytarra on tilauksen %1, ei tilauksen %2: hae oikea paketti.</translation>
    </message>
    <message>
        <source>Item %2 of order %1 is not in this till&apos;s catalog yet: the till cannot sell it until head office&apos;s catalog reaches it.</source>
        <translation>Tilauksen %1 tuotetta %2 ei vielä ole kassan valikoimassa: kassa ei voi myydä sitä ennen kuin pääkonttorin valikoima tulee kassalle.</translation>
    </message>
    <message>
        <source>Order %1 is paid at collection: ring it up as a sale, and the sale hands it over.</source>
        <translation>Tilaus %1 maksetaan noudettaessa: myy se, niin myynti luovuttaa sen.</translation>
    </message>
    <message>
        <source>Finish or suspend the open sale before ringing up a pickup order.</source>
        <translation>Päätä tai pysäköi avoin myynti ennen noutotilauksen myyntiä.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>uusi</translation>
    </message>
    <message>
        <source>being picked</source>
        <translation>keräyksessä</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>valmis</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>noudettu</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>peruttu</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>vanhentunut</translation>
    </message>
    <message>
        <source>Order %1 waits in store %2 to be collected: nothing of it can come back yet. Cancel the order instead.</source>
        <translation>Tilaus %1 odottaa noutoa myymälässä %2: siitä ei voi vielä palauttaa mitään. Peru tilaus sen sijaan.</translation>
    </message>
    <message>
        <source>The sale of pickup order %1 cannot be suspended: take the payment, or void its lines to leave the order on its shelf.</source>
        <translation>Noutotilauksen %1 myyntiä ei voi pysäköidä: ota maksu, tai mitätöi sen rivit, niin tilaus jää hyllyyn.</translation>
    </message>
    <message>
        <source>%1 in cash for %2 due gives %3 change: is that what the customer gave? Confirm it, or type the amount again.</source>
        <translation>%1 käteistä, kun maksettavaa on %2, antaa vaihtorahaa %3: antoiko asiakas todella sen verran? Vahvista se tai näppäile summa uudelleen.</translation>
    </message>
    <message>
        <source>The sale is paid in full: nothing taken can be changed any more.</source>
        <translation>Ostos on maksettu kokonaan: otettuja maksuja ei voi enää muuttaa.</translation>
    </message>
    <message>
        <source>There is no payment %1 to remove.</source>
        <translation>Poistettavaa maksua %1 ei ole.</translation>
    </message>
    <message>
        <source>The card payment of %1 stays: the card has been charged. Finish the sale, then give it back to the card with a return.</source>
        <translation>Korttimaksu %1 jää voimaan: korttia on jo veloitettu. Päätä ostos ja hyvitä summa sitten kortille palautuksena.</translation>
    </message>
    <message>
        <source>%1 is in this return already, all of it that can come back. To change its quantity, remove it (F8) and take it back again.</source>
        <translation>%1 on jo tässä palautuksessa kaikelta osin, mitä siitä voi palauttaa. Muuttaaksesi määrää poista se (F8) ja palauta uudelleen.</translation>
    </message>
    <message>
        <source>There is no voucher %1 with this code. Scan its barcode, or type the whole code printed under it.</source>
        <translation>Hyvityskuittia %1 tällä koodilla ei ole. Lue sen viivakoodi tai kirjoita koko sen alle painettu koodi.</translation>
    </message>
    <message>
        <source>%1 wrong voucher codes have been typed at this till today: vouchers are taken again when a manager unblocks them (F9 on the payment screen).</source>
        <translation>Tällä kassalla on tänään annettu %1 väärää hyvityskuitin koodia: hyvityskuitteja otetaan taas vastaan, kun esihenkilö avaa eston (F9 maksunäytöllä).</translation>
    </message>
    <message>
        <source>Nobody is logged in at this till: log in first.</source>
        <translation>Kassalle ei ole kirjauduttu: kirjaudu ensin sisään.</translation>
    </message>
    <message>
        <source>The operator number or the PIN is wrong. Type them again.</source>
        <translation>Käyttäjänumero tai PIN-koodi on väärä. Kirjoita ne uudelleen.</translation>
    </message>
    <message>
        <source>This account is locked after wrong PINs three times in a row. A manager unlocks it (kassactl operators unlock, or a new PIN).</source>
        <translation>Tunnus on lukittu, koska väärä PIN-koodi annettiin kolme kertaa peräkkäin. Esihenkilö avaa lukituksen (kassactl operators unlock tai uusi PIN-koodi).</translation>
    </message>
    <message>
        <source>A PIN has %1 to 12 digits.</source>
        <translation>PIN-koodissa on %1–12 numeroa.</translation>
    </message>
    <message>
        <source>Operator %1 exists already: change it with kassactl operators set-pin, set-role or disable.</source>
        <translation>Käyttäjä %1 on jo olemassa: muuta sitä komennoilla kassactl operators set-pin, set-role tai disable.</translation>
    </message>
    <message>
        <source>%1 needs a manager: set KASSA_APPROVER and KASSA_APPROVER_PIN to a manager&apos;s operator number and PIN, or type them when asked.</source>
        <translation>%1 vaatii esihenkilön: aseta KASSA_APPROVER ja KASSA_APPROVER_PIN esihenkilön käyttäjänumeroksi ja PIN-koodiksi tai kirjoita ne pyydettäessä.</translation>
    </message>
    <message>
        <source>Order %1 is locked after five wrong pickup codes: a manager unlocks it. Nothing was handed over.</source>
        <translation>Tilaus %1 on lukittu viiden väärän noutokoodin jälkeen: esihenkilö avaa sen. Mitään ei luovutettu.</translation>
    </message>
    <message>
        <source>This till has not received its key from head office yet, so it cannot check the code: sync with head office and try again.</source>
        <translation>Kassa ei ole vielä saanut avaintaan pääkonttorista, joten se ei voi tarkistaa koodia: synkronoi pääkonttorin kanssa ja yritä uudelleen.</translation>
    </message>
</context>
<context>
    <name>kassa::core::Receipt</name>
    <message>
        <source>Business ID %1</source>
        <translation>Y-tunnus %1</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Kuitti %1</translation>
    </message>
    <message>
        <source>Till %1</source>
        <translation>Kassa %1</translation>
    </message>
    <message>
        <source>Cashier: %1</source>
        <translation>Myyjä: %1</translation>
    </message>
    <message>
        <source>VOID %1</source>
        <translation>MITÄTÖITY %1</translation>
    </message>
    <message>
        <source>%1/kg</source>
        <translation>%1/kg</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Alennus</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Välisumma</translation>
    </message>
    <message>
        <source>Basket discount</source>
        <translation>Ostoskorin alennus</translation>
    </message>
    <message>
        <source>TOTAL EUR</source>
        <translation>YHTEENSÄ EUR</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Pyöristys</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>Maksettava</translation>
    </message>
    <message>
        <source>You saved</source>
        <translation>Säästit</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Käteinen</translation>
    </message>
    <message>
        <source>Card %1 %2</source>
        <translation>Kortti %1 %2</translation>
    </message>
    <message>
        <source>Authorisation %1</source>
        <translation>Varmennus %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Takaisin</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>ALV</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Veroton</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Vero</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Verollinen</translation>
    </message>
    <message>
        <source>Approved by %1: %2</source>
        <translation>Hyväksyjä %1: %2</translation>
    </message>
    <message>
        <source>Thank you for visiting!</source>
        <translation>Kiitos käynnistä!</translation>
    </message>
    <message>
        <source>line discount</source>
        <translation>rivialennus</translation>
    </message>
    <message>
        <source>basket discount</source>
        <translation>korialennus</translation>
    </message>
    <message>
        <source>return without a receipt</source>
        <translation>palautus ilman kuittia</translation>
    </message>
    <message>
        <source>offline refund limit</source>
        <translation>hyvitysraja ilman yhteyttä</translation>
    </message>
    <message>
        <source>changed mind</source>
        <translation>mielenmuutos</translation>
    </message>
    <message>
        <source>wrong size</source>
        <translation>väärä koko</translation>
    </message>
    <message>
        <source>defective</source>
        <translation>viallinen</translation>
    </message>
    <message>
        <source>damaged in transit</source>
        <translation>vahingoittunut kuljetuksessa</translation>
    </message>
    <message>
        <source>not as described</source>
        <translation>ei vastannut kuvausta</translation>
    </message>
    <message>
        <source>wrong item</source>
        <translation>väärä tuote</translation>
    </message>
    <message>
        <source>other</source>
        <translation>muu</translation>
    </message>
    <message>
        <source>RETURN %1</source>
        <translation>PALAUTUS %1</translation>
    </message>
    <message>
        <source>Web order %1</source>
        <translation>Verkkotilaus %1</translation>
    </message>
    <message>
        <source>Original receipt %1</source>
        <translation>Alkuperäinen kuitti %1</translation>
    </message>
    <message>
        <source>Without a receipt</source>
        <translation>Ilman kuittia</translation>
    </message>
    <message>
        <source>Decided offline, to be confirmed</source>
        <translation>Tehty ilman yhteyttä, vahvistetaan myöhemmin</translation>
    </message>
    <message>
        <source>back to stock</source>
        <translation>takaisin myyntiin</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>vioittunut</translation>
    </message>
    <message>
        <source>REFUND EUR</source>
        <translation>HYVITYS EUR</translation>
    </message>
    <message>
        <source>To the online payment</source>
        <translation>Verkkomaksuun</translation>
    </message>
    <message>
        <source>The web shop pays it back (%1)</source>
        <translation>Verkkokauppa maksaa sen takaisin (%1)</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Hyvityskuitti</translation>
    </message>
    <message>
        <source>Voucher %1</source>
        <translation>Hyvityskuitti %1</translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation>Asiakkaan allekirjoitus</translation>
    </message>
    <message>
        <source>Towards the new items</source>
        <translation>Uusien tuotteiden maksuun</translation>
    </message>
    <message>
        <source>Exchange credit %1</source>
        <translation>Vaihtohyvitys %1</translation>
    </message>
    <message>
        <source>Head office has confirmed this return.</source>
        <translation>Keskus on vahvistanut tämän palautuksen.</translation>
    </message>
    <message>
        <source>Decided offline: head office has not confirmed this return yet.</source>
        <translation>Ratkaistu ilman yhteyttä: keskus ei ole vielä vahvistanut tätä palautusta.</translation>
    </message>
    <message>
        <source>Held by head office: confirmed when the return reaches it.</source>
        <translation>Keskus on varannut tuotteet: palautus vahvistuu, kun se saapuu keskukseen.</translation>
    </message>
    <message>
        <source>Loyalty points %1</source>
        <translation>Kanta-asiakaspisteet %1</translation>
    </message>
    <message>
        <source>Loyalty card ***%1</source>
        <translation>Kanta-asiakaskortti ***%1</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Ansaitut pisteet</translation>
    </message>
    <message>
        <source>Points used</source>
        <translation>Käytetyt pisteet</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>Pistesaldo</translation>
    </message>
    <message>
        <source>Loyalty points taken back</source>
        <translation>Peruutetut pisteet</translation>
    </message>
    <message>
        <source>*** TRAINING - NOT A RECEIPT ***</source>
        <translation>*** HARJOITUS - EI KUITTI ***</translation>
    </message>
    <message>
        <source>Pickup order %1</source>
        <translation>Noutotilaus %1</translation>
    </message>
    <message>
        <source>PICKUP ORDER</source>
        <translation>NOUTOTILAUS</translation>
    </message>
    <message>
        <source>Ready %1</source>
        <translation>Valmis %1</translation>
    </message>
    <message>
        <source>Collect by %1</source>
        <translation>Noudettava viimeistään %1</translation>
    </message>
    <message>
        <source>Paid online</source>
        <translation>Maksettu verkossa</translation>
    </message>
    <message>
        <source>To pay at collection</source>
        <translation>Maksetaan noudettaessa</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) short</source>
        <translation>
            <numerusform>%n rivi puuttuu</numerusform>
            <numerusform>%n riviä puuttuu</numerusform>
        </translation>
    </message>
    <message>
        <source>Handed over. Thank you!</source>
        <translation>Luovutettu. Kiitos!</translation>
    </message>
    <message>
        <source>Its code is on the first print only.</source>
        <translation>Sen koodi on vain ensimmäisessä tulosteessa.</translation>
    </message>
</context>
<context>
    <name>kassa::core::Return</name>
    <message>
        <source>a cash payment</source>
        <translation>käteismaksua</translation>
    </message>
    <message>
        <source>a card payment</source>
        <translation>korttimaksua</translation>
    </message>
    <message>
        <source>an online payment</source>
        <translation>verkkomaksua</translation>
    </message>
    <message>
        <source>store credit</source>
        <translation>hyvityskuittia</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>käteisenä</translation>
    </message>
    <message>
        <source>the card</source>
        <translation>kortille</translation>
    </message>
    <message>
        <source>the online payment</source>
        <translation>verkkomaksuun</translation>
    </message>
    <message>
        <source>%1 is not refunded to %2</source>
        <translation>%1 ei hyvitetä %2</translation>
    </message>
    <message>
        <source>%1 is from %2, %3 days ago, and goods come back within %4 days</source>
        <translation>%1 on päivältä %2, %3 päivää sitten, ja tuotteet palautetaan %4 päivän kuluessa</translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation>rivi %1 (%2)</translation>
    </message>
    <message>
        <source>a return without a receipt has no original payment; refund in cash or store credit</source>
        <translation>palautuksella ilman kuittia ei ole alkuperäistä maksua; hyvitä käteisenä tai hyvityskuittina</translation>
    </message>
    <message>
        <source>%1: %2 asked, %3 more can come back (%4 sold, %5 returned before, %6 in this return)</source>
        <translation>%1: pyydetty %2, palauttaa voi vielä %3 (myyty %4, palautettu aiemmin %5, tässä palautuksessa %6)</translation>
    </message>
</context>
<context>
    <name>kassa::core::ReturnDesk</name>
    <message>
        <source>line %1 on %2</source>
        <translation>rivi %1 kuitissa tai tilauksessa %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>rivi %1</translation>
    </message>
    <message>
        <source>a return without a receipt of %1</source>
        <translation>palautus ilman kuittia, %1</translation>
    </message>
    <message>
        <source>an offline refund of %1, above %2 per return</source>
        <translation>hyvitys %1 ilman yhteyttä, yli rajan %2 palautusta kohden</translation>
    </message>
    <message>
        <source>offline refunds of %1 today, above %2 per day</source>
        <translation>hyvitykset ilman yhteyttä tänään %1, yli rajan %2 päivässä</translation>
    </message>
</context>
<context>
    <name>kassa::core::ReturnLookup</name>
    <message>
        <source>head office has not received this sale yet</source>
        <translation>pääkonttori ei ole vielä saanut tätä myyntiä</translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>ei liitetty</translation>
    </message>
    <message>
        <source>this till runs without head office</source>
        <translation>kassa toimii ilman pääkonttoria</translation>
    </message>
</context>
<context>
    <name>kassa::core::ShiftReport</name>
    <message>
        <source>Cash</source>
        <translation>Käteinen</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kortti</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Hyvityskuitti</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>Kanta-asiakaspisteet</translation>
    </message>
    <message>
        <source>Online payment</source>
        <translation>Verkkomaksu</translation>
    </message>
    <message>
        <source>Exchange credit</source>
        <translation>Vaihtohyvitys</translation>
    </message>
    <message>
        <source>Z REPORT %1</source>
        <translation>Z-RAPORTTI %1</translation>
    </message>
    <message>
        <source>X REPORT (shift open)</source>
        <translation>X-RAPORTTI (vuoro auki)</translation>
    </message>
    <message>
        <source>Store %1, till %2</source>
        <translation>Myymälä %1, kassa %2</translation>
    </message>
    <message>
        <source>Shift %1</source>
        <translation>Vuoro %1</translation>
    </message>
    <message>
        <source>Opened %1 by %2</source>
        <translation>Avattu %1, avaaja %2</translation>
    </message>
    <message>
        <source>Closed %1 by %2</source>
        <translation>Suljettu %1, sulkija %2</translation>
    </message>
    <message>
        <source>Sales (%1)</source>
        <translation>Myynnit (%1)</translation>
    </message>
    <message>
        <source>Returns (%1)</source>
        <translation>Palautukset (%1)</translation>
    </message>
    <message>
        <source>By tender: taken, refunded, net</source>
        <translation>Maksutavoittain: otettu, palautettu, netto</translation>
    </message>
    <message>
        <source>VAT: rate, gross, VAT</source>
        <translation>ALV: kanta, brutto, vero</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Alennukset</translation>
    </message>
    <message>
        <source>Voided lines (%1)</source>
        <translation>Mitätöidyt rivit (%1)</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Pyöristys</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Vaihtokassa</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Rahaa sisään</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Rahaa ulos</translation>
    </message>
    <message>
        <source>Safe drops</source>
        <translation>Kassakaappiin</translation>
    </message>
    <message>
        <source>Drawer opened</source>
        <translation>Laatikko avattu</translation>
    </message>
    <message>
        <source>  of which without a sale</source>
        <translation>  joista ilman myyntiä</translation>
    </message>
    <message>
        <source>Operators: %1</source>
        <translation>Myyjät: %1</translation>
    </message>
    <message>
        <source>CASH EXPECTED</source>
        <translation>KÄTEISTÄ PITÄISI OLLA</translation>
    </message>
    <message>
        <source>CASH COUNTED</source>
        <translation>KÄTEISTÄ LASKETTU</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Erotus</translation>
    </message>
    <message>
        <source>Approved by %1: %2</source>
        <translation>Hyväksyjä %1: %2</translation>
    </message>
</context>
<context>
    <name>kassa::core::StockDesk</name>
    <message>
        <source>the reason: %1</source>
        <translation>syy: %1</translation>
    </message>
    <message>
        <source>the store the goods go to</source>
        <translation>myymälä, johon tavarat lähtevät</translation>
    </message>
    <message>
        <source>the transfer&apos;s number from its papers (ST-…)</source>
        <translation>siirron numero sen papereista (ST-…)</translation>
    </message>
    <message>
        <source>Transfer %1 (%2)</source>
        <translation>Siirto %1 (%2)</translation>
    </message>
    <message>
        <source>Delivery %1 (%2)</source>
        <translation>Toimitus %1 (%2)</translation>
    </message>
    <message>
        <source>a count time that has come already</source>
        <translation>laskenta-aika, joka on jo mennyt</translation>
    </message>
    <message>
        <source>at least one item</source>
        <translation>vähintään yksi tuote</translation>
    </message>
</context>
<context>
    <name>kassa::sync::CentralAnswers</name>
    <message>
        <source>head office answered %1</source>
        <translation>pääkonttori vastasi %1</translation>
    </message>
    <message>
        <source>head office answered %1: %2</source>
        <translation>pääkonttori vastasi %1: %2</translation>
    </message>
    <message>
        <source>head office&apos;s answer could not be read</source>
        <translation>pääkonttorin vastausta ei voitu lukea</translation>
    </message>
    <message>
        <source>this till is not enrolled with head office</source>
        <translation>tätä kassaa ei ole liitetty pääkonttoriin</translation>
    </message>
    <message>
        <source>head office cannot be reached (%1)</source>
        <translation>pääkonttoriin ei saada yhteyttä (%1)</translation>
    </message>
</context>
<context>
    <name>kassa::sync::CentralReturnsClient</name>
    <message>
        <source>asked to decide offline</source>
        <translation>ratkaistaan pyynnöstä ilman pääkonttoria</translation>
    </message>
</context>
<context>
    <name>kassa::sync::ReceiptSigning</name>
    <message>
        <source>signed by a till head office has not told this till about</source>
        <translation>allekirjoittanut kassa, josta pääkonttori ei ole kertonut tälle kassalle</translation>
    </message>
    <message>
        <source>receipt %1 is signed with the key of till %2-%3</source>
        <translation>kuitti %1 on allekirjoitettu kassan %2-%3 avaimella</translation>
    </message>
    <message>
        <source>till %1-%2 was revoked at head office</source>
        <translation>pääkonttori on mitätöinyt kassan %1-%2</translation>
    </message>
    <message>
        <source>the till&apos;s certificate is not head office&apos;s</source>
        <translation>kassan varmenne ei ole pääkonttorin myöntämä</translation>
    </message>
    <message>
        <source>its contents do not match its signature</source>
        <translation>sisältö ei vastaa allekirjoitusta</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ApprovalDialog</name>
    <message>
        <source>Supervisor approval</source>
        <translation>Esimiehen hyväksyntä</translation>
    </message>
    <message>
        <source>Supervisor number</source>
        <translation>Esimiehen numero</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Hyväksy</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>kassa::ui::BasketModel</name>
    <message>
        <source>VOID %1</source>
        <translation>MITÄTÖITY %1</translation>
    </message>
    <message>
        <source>%1/kg</source>
        <translation>%1/kg</translation>
    </message>
    <message>
        <source>Code %1, SKU %2, VAT %3</source>
        <translation>Koodi %1, tuotenumero %2, ALV %3</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Tuote</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Hinta</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Alennus</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
</context>
<context>
    <name>kassa::ui::CustomerDisplay</name>
    <message>
        <source>Kassa: customer display</source>
        <translation>Kassa: asiakasnäyttö</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Tuote</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Hinta</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>Tervetuloa, %1</translation>
    </message>
    <message>
        <source>TRAINING: practice sales, not real ones</source>
        <translation>HARJOITUS: harjoitusmyyntiä, ei oikeaa</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Yhteensä %1</translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation>Maksettu %1</translation>
    </message>
    <message>
        <source>Paid %1 · to pay %2</source>
        <translation>Maksettu %1 · maksettavaa %2</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Kiitos!</translation>
    </message>
    <message>
        <source>Your change %1 · Thank you!</source>
        <translation>Vaihtoraha %1 · Kiitos!</translation>
    </message>
</context>
<context>
    <name>kassa::ui::CustomerScreen</name>
    <message>
        <source>Agrees to marketing by e-mail</source>
        <translation>Suostuu sähköpostimarkkinointiin</translation>
    </message>
    <message>
        <source>Agrees to marketing by text message</source>
        <translation>Suostuu tekstiviestimarkkinointiin</translation>
    </message>
    <message>
        <source>For this sale
F4</source>
        <translation>Tähän ostokseen
F4</translation>
    </message>
    <message>
        <source>Add a note
F7</source>
        <translation>Lisää muistiinpano
F7</translation>
    </message>
    <message>
        <source>New customer
F3</source>
        <translation>Uusi asiakas
F3</translation>
    </message>
    <message>
        <source>Save
F12</source>
        <translation>Tallenna
F12</translation>
    </message>
    <message>
        <source>Name, phone number, e-mail address or loyalty card</source>
        <translation>Nimi, puhelinnumero, sähköposti tai kanta-asiakaskortti</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Kanta-asiakaskortti</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Receipt or order</source>
        <translation>Kuitti tai tilaus</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Myymälä</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>A note for colleagues (Enter saves)</source>
        <translation>Muistiinpano kollegoille (Enter tallentaa)</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Ostot</translation>
    </message>
    <message>
        <source>Ask the customer about each consent: an unticked box is recorded as declined, with this till and the time.</source>
        <translation>Kysy asiakkaalta kumpikin suostumus: tyhjä ruutu kirjataan kieltäytymiseksi tämän kassan ja ajan kanssa.</translation>
    </message>
    <message>
        <source>Back
Esc</source>
        <translation>Takaisin
Esc</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>Type to search, or scan the loyalty card.</source>
        <translation>Kirjoita hakusana tai lue kanta-asiakaskortti.</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;. F3 records a new customer.</source>
        <translation>Haulla &quot;%1&quot; ei löytynyt mitään. F3 tallentaa uuden asiakkaan.</translation>
    </message>
    <message>
        <source>The first %1 customers: type more to narrow.</source>
        <translation>Ensimmäiset %1 asiakasta: tarkenna hakua.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s): Enter opens the one chosen.</source>
        <translation>
            <numerusform>%n asiakas: Enter avaa valitun.</numerusform>
            <numerusform>%n asiakasta: Enter avaa valitun.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a customer first.</source>
        <translation>Valitse ensin asiakas.</translation>
    </message>
    <message>
        <source>F4 makes this the sale&apos;s customer, F7 adds a note, Esc goes back.</source>
        <translation>F4 liittää asiakkaan ostokseen, F7 lisää muistiinpanon, Esc palaa.</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>ei kysytty</translation>
    </message>
    <message>
        <source>in the web shop</source>
        <translation>verkkokaupassa</translation>
    </message>
    <message>
        <source>in store %1</source>
        <translation>myymälässä %1</translation>
    </message>
    <message>
        <source>given %1 %2</source>
        <translation>annettu %1 %2</translation>
    </message>
    <message>
        <source>declined %1 %2</source>
        <translation>kieltäytyi %1 %2</translation>
    </message>
    <message>
        <source>Loyalty card %1</source>
        <translation>Kanta-asiakaskortti %1</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n piste</numerusform>
            <numerusform>%n pistettä</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a loyalty member</source>
        <translation>Ei kanta-asiakas</translation>
    </message>
    <message>
        <source>E-mail marketing: %1</source>
        <translation>Sähköpostimarkkinointi: %1</translation>
    </message>
    <message>
        <source>Text messages: %1</source>
        <translation>Tekstiviestit: %1</translation>
    </message>
    <message>
        <source>Sizes: %1</source>
        <translation>Koot: %1</translation>
    </message>
    <message>
        <source>Brands: %1</source>
        <translation>Merkit: %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Palautus</translation>
    </message>
    <message>
        <source>Web order</source>
        <translation>Verkkotilaus</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Osto</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Asiakas: %1</translation>
    </message>
    <message>
        <source>Write the note and press Enter.</source>
        <translation>Kirjoita muistiinpano ja paina Enter.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Muistiinpano tallennettu.</translation>
    </message>
    <message>
        <source>A name and a phone number, e-mail address or loyalty card. F12 saves.</source>
        <translation>Nimi sekä puhelinnumero, sähköposti tai kanta-asiakaskortti. F12 tallentaa.</translation>
    </message>
    <message>
        <source>%1 saved. F4 makes them the sale&apos;s customer.</source>
        <translation>%1 tallennettu. F4 liittää asiakkaan ostokseen.</translation>
    </message>
    <message>
        <source>Purchases in every store and the web shop, as head office has them now.</source>
        <translation>Ostot kaikista myymälöistä ja verkkokaupasta pääkonttorin tietojen mukaan nyt.</translation>
    </message>
    <message>
        <source>Return from it
F5</source>
        <translation>Palauta siitä
F5</translation>
    </message>
    <message>
        <source>Sizes and brands
F6</source>
        <translation>Koot ja merkit
F6</translation>
    </message>
    <message>
        <source>Sizes, separated by commas: M, 38</source>
        <translation>Koot pilkuin erotettuina: M, 38</translation>
    </message>
    <message>
        <source>Brands, separated by commas (Enter saves both)</source>
        <translation>Merkit pilkuin erotettuina (Enter tallentaa molemmat)</translation>
    </message>
    <message>
        <source>Choose a purchase or a web order in the history first.</source>
        <translation>Valitse ensin osto tai verkkotilaus historiasta.</translation>
    </message>
    <message>
        <source>The sizes and brands the customer likes; Enter saves.</source>
        <translation>Asiakkaan suosimat koot ja merkit; Enter tallentaa.</translation>
    </message>
    <message>
        <source>Sizes and brands saved.</source>
        <translation>Koot ja merkit tallennettu.</translation>
    </message>
    <message>
        <source>Purchases as this till last knew them: head office cannot be asked now (%1).</source>
        <translation>Ostot sellaisina kuin tämä kassa ne viimeksi tiesi: pääkonttorilta ei voi nyt kysyä (%1).</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Ehdotus</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Hinta</translation>
    </message>
    <message>
        <source>Goes with what they bought</source>
        <translation>Sopii ostetun kanssa</translation>
    </message>
    <message>
        <source>Suggestions: what customers who bought the same also bought</source>
        <translation>Ehdotukset: mitä samaa ostaneet asiakkaat ostivat myös</translation>
    </message>
    <message>
        <source>No suggestions yet: head office computes them from the purchases of all customers.</source>
        <translation>Ei vielä ehdotuksia: pääkonttori laskee ne kaikkien asiakkaiden ostoista.</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Verkko</translation>
    </message>
    <message>
        <source>Enter does nothing on the customer&apos;s card: F4 serves this customer, Esc goes back to the search.</source>
        <translation>Enter ei tee asiakaskortilla mitään: F4 palvelee tätä asiakasta, Esc palaa hakuun.</translation>
    </message>
    <message>
        <source>%1 was not added: scans go into the sale. F4 serves this customer and goes back to the sale; scan it there.</source>
        <translation>Tuotetta %1 ei lisätty: luetut koodit menevät myyntiin. F4 palvelee tätä asiakasta ja palaa myyntiin; lue koodi siellä.</translation>
    </message>
    <message>
        <source>Loyalty member</source>
        <translation>Kanta-asiakas</translation>
    </message>
    <message>
        <source>Another store&apos;s customer: this till keeps only the first name and points. The whole record shows while head office answers.</source>
        <translation>Toisen myymälän asiakas: tämä kassa säilyttää vain etunimen ja pisteet. Koko tiedot näkyvät, kun pääkonttori vastaa.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::EnrollmentDialog</name>
    <message>
        <source>Enroll</source>
        <translation>Liity</translation>
    </message>
    <message>
        <source>Connect this till to central</source>
        <translation>Yhdistä kassa keskusjärjestelmään</translation>
    </message>
    <message>
        <source>Enter central&apos;s address and the one-time enrollment code head office gave you (kassa-central enroll). The till makes its own key, central signs it, and from then on the till sends its sales to central and takes the catalog from it.</source>
        <translation>Anna keskusjärjestelmän osoite ja pääkonttorilta saamasi kertakäyttöinen liittymiskoodi (kassa-central enroll). Kassa tekee oman avaimensa, keskusjärjestelmä allekirjoittaa sen, ja siitä lähtien kassa lähettää myyntinsä keskusjärjestelmään ja saa tuoterekisterin sieltä.</translation>
    </message>
    <message>
        <source>Central&apos;s address</source>
        <translation>Keskusjärjestelmän osoite</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation>Liittymiskoodi</translation>
    </message>
    <message>
        <source>printed on receipts</source>
        <translation>tulostuu kuitteihin</translation>
    </message>
    <message>
        <source>digits, e.g. 3001</source>
        <translation>numeroita, esim. 3001</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Myymälän nimi</translation>
    </message>
    <message>
        <source>First manager&apos;s number</source>
        <translation>Ensimmäisen päällikön numero</translation>
    </message>
    <message>
        <source>First manager&apos;s name</source>
        <translation>Ensimmäisen päällikön nimi</translation>
    </message>
    <message>
        <source>Manager&apos;s PIN</source>
        <translation>Päällikön PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN uudelleen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <source>Later: sell without central</source>
        <translation>Myöhemmin: myy ilman keskusjärjestelmää</translation>
    </message>
    <message>
        <source>Central&apos;s address starts with https://, for example https://central.example.com:8443.</source>
        <translation>Keskusjärjestelmän osoite alkaa https://, esimerkiksi https://central.example.com:8443.</translation>
    </message>
    <message>
        <source>The enrollment code looks like KQ4M-X2PD-9ZLA:3f9a1c07e2b4d8aa. Type it as kassa-central printed it.</source>
        <translation>Liittymiskoodi on muotoa KQ4M-X2PD-9ZLA:3f9a1c07e2b4d8aa. Kirjoita se niin kuin kassa-central sen tulosti.</translation>
    </message>
    <message>
        <source>Give the store&apos;s name: it is printed on every receipt.</source>
        <translation>Anna myymälän nimi: se tulostuu jokaiseen kuittiin.</translation>
    </message>
    <message>
        <source>Give the first manager&apos;s number (digits) and name: they are the first to log in.</source>
        <translation>Anna ensimmäisen päällikön numero (numeroina) ja nimi: hän kirjautuu ensimmäisenä.</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the PIN again in both fields.</source>
        <translation>PIN-koodit eroavat. Kirjoita PIN uudelleen molempiin kenttiin.</translation>
    </message>
    <message>
        <source>Contacting central…</source>
        <translation>Otetaan yhteyttä keskusjärjestelmään…</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX:fingerprint</source>
        <translation>XXXX-XXXX-XXXX:sormenjälki</translation>
    </message>
</context>
<context>
    <name>kassa::ui::FunctionKeys</name>
    <message>
        <source>%1 (%2) cannot be used here now.</source>
        <translation>%1 (%2) ei ole nyt käytettävissä tässä.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::LoginScreen</name>
    <message>
        <source>Operator number</source>
        <translation>Käyttäjänumero</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Käyttäjä</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tyhjennä</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Type your operator number first.</source>
        <translation>Näppäile ensin käyttäjänumerosi.</translation>
    </message>
    <message>
        <source>Kassa</source>
        <translation>Kassa</translation>
    </message>
    <message>
        <source>%1, till %2</source>
        <translation>%1, kassa %2</translation>
    </message>
</context>
<context>
    <name>kassa::ui::LookupScreen</name>
    <message>
        <source>Name, brand, part of a word, SKU or barcode</source>
        <translation>Nimi, merkki, sanan osa, tuotekoodi tai viivakoodi</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Tuote</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Merkki</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Tuotekoodi</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Hinta</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>ALV</translation>
    </message>
    <message>
        <source>Add to basket
F4</source>
        <translation>Koriin
F4</translation>
    </message>
    <message>
        <source>Find a product</source>
        <translation>Etsi tuote</translation>
    </message>
    <message>
        <source>Type to search.</source>
        <translation>Kirjoita hakusana.</translation>
    </message>
    <message>
        <source> /kg</source>
        <translation> /kg</translation>
    </message>
    <message>
        <source>Type a second letter.</source>
        <translation>Kirjoita toinen kirjain.</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>Haulla &quot;%1&quot; ei löytynyt mitään.</translation>
    </message>
    <message>
        <source>The first %1 products: type more to narrow.</source>
        <translation>Ensimmäiset %1 tuotetta: tarkenna hakua.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n tuote</numerusform>
            <numerusform>%n tuotetta</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a product first.</source>
        <translation>Valitse ensin tuote.</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Back
Esc</source>
        <translation>Takaisin
Esc</translation>
    </message>
    <message>
        <source>Product card
F2</source>
        <translation>Tuotekortti
F2</translation>
    </message>
    <message>
        <source>Product card: F4 adds the product (or the variant chosen), Esc goes back.</source>
        <translation>Tuotekortti: F4 lisää tuotteen (tai valitun muunnelman) koriin, Esc palaa.</translation>
    </message>
    <message>
        <source>Every store, online
F6</source>
        <translation>Kaikki myymälät, verkossa
F6</translation>
    </message>
    <message>
        <source>Asking head office for every store&apos;s stock …</source>
        <translation>Kysytään pääkonttorilta kaikkien myymälöiden saldoja …</translation>
    </message>
    <message>
        <source>Every store&apos;s stock, as head office has it now.</source>
        <translation>Kaikkien myymälöiden saldot pääkonttorin tietojen mukaan nyt.</translation>
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
        <translation>%1 · myymälä %2 · kassa %3</translation>
    </message>
    <message>
        <source> · cashier %1 (%2)</source>
        <translation> · myyjä %1 (%2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ei koskaan</translation>
    </message>
    <message>
        <source>Not connected to central</source>
        <translation>Ei yhteyttä keskusjärjestelmään</translation>
    </message>
    <message>
        <source>Online · all sent · last sync %1</source>
        <translation>Yhteys · kaikki lähetetty · viimeksi %1</translation>
    </message>
    <message numerus="yes">
        <source>Online · %n waiting (oldest %1)</source>
        <translation>
            <numerusform>Yhteys · %n odottaa (vanhin %1)</numerusform>
            <numerusform>Yhteys · %n odottaa (vanhin %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n waiting (oldest %1) · last sync %2</source>
        <translation>
            <numerusform>Ei yhteyttä · %n odottaa (vanhin %1) · viimeksi %2</numerusform>
            <numerusform>Ei yhteyttä · %n odottaa (vanhin %1) · viimeksi %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n exception(s) from head office</source>
        <translation>
            <numerusform> · %n poikkeama pääkonttorilta</numerusform>
            <numerusform> · %n poikkeamaa pääkonttorilta</numerusform>
        </translation>
    </message>
    <message>
        <source> · TRAINING MODE: sales are practice</source>
        <translation> · HARJOITUSTILA: myynnit ovat harjoitusta</translation>
    </message>
    <message>
        <source>No shift is open at this till. Count the float into the drawer, type it and press F12.</source>
        <translation>Kassalla ei ole avointa vuoroa. Laske vaihtokassa laatikkoon, kirjoita se ja paina F12.</translation>
    </message>
    <message numerus="yes">
        <source> · %n pickup(s) to pick</source>
        <translation>
            <numerusform> · %n nouto kerättävänä</numerusform>
            <numerusform> · %n noutoa kerättävänä</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kassa::ui::PaymentScreen</name>
    <message>
        <source>Record the sale again
F5</source>
        <translation>Tallenna uudelleen
F5</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>Left to pay</source>
        <translation>Maksettavaa jäljellä</translation>
    </message>
    <message>
        <source>In cash (rounded)</source>
        <translation>Käteisellä (pyöristetty)</translation>
    </message>
    <message>
        <source>Cash
F2</source>
        <translation>Käteinen
F2</translation>
    </message>
    <message>
        <source>Card
F3</source>
        <translation>Kortti
F3</translation>
    </message>
    <message>
        <source>Back to basket
Esc</source>
        <translation>Takaisin koriin
Esc</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Maksu</translation>
    </message>
    <message>
        <source>Cash %1</source>
        <translation>Käteinen %1</translation>
    </message>
    <message>
        <source>, change %1</source>
        <translation>, takaisin %1</translation>
    </message>
    <message>
        <source>Card %1 %2, authorisation %3</source>
        <translation>Kortti %1 %2, varmennus %3</translation>
    </message>
    <message>
        <source>Amount given (empty = exact), or scan a voucher</source>
        <translation>Annettu summa (tyhjä = tasan) tai lue hyvityskuitti</translation>
    </message>
    <message>
        <source> (offline)</source>
        <translation> (ilman yhteyttä)</translation>
    </message>
    <message>
        <source>Waiting for the payment terminal: %1…</source>
        <translation>Odotetaan maksupäätettä: %1…</translation>
    </message>
    <message>
        <source>this till runs without head office</source>
        <translation>kassa toimii ilman pääkonttoria</translation>
    </message>
    <message>
        <source>Asking head office about voucher %1…</source>
        <translation>Kysytään keskukselta hyvityskuittia %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n loyalty point(s) %1</source>
        <translation>
            <numerusform>%n kanta-asiakaspiste %1</numerusform>
            <numerusform>%n kanta-asiakaspistettä %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Points %1
F6</source>
        <translation>Pisteet %1
F6</translation>
    </message>
    <message>
        <source>Type the number of points as a whole number, or nothing to use as many as pay the rest.</source>
        <translation>Kirjoita pisteiden määrä kokonaislukuna, tai jätä tyhjäksi, niin pisteillä maksetaan loput niin pitkälle kuin riittää.</translation>
    </message>
    <message>
        <source>Remove payment
F8</source>
        <translation>Poista maksu
F8</translation>
    </message>
    <message>
        <source>F2: the customer gave %1. Esc: type the amount again.</source>
        <translation>F2: asiakas antoi %1. Esc: näppäile summa uudelleen.</translation>
    </message>
    <message>
        <source>Choose the payment to remove with ↑ ↓ first.</source>
        <translation>Valitse ensin poistettava maksu nuolilla ↑ ↓.</translation>
    </message>
    <message>
        <source>Cash %1 removed: hand it back to the customer. %2 left to pay.</source>
        <translation>Käteinen %1 poistettu: anna se takaisin asiakkaalle. Maksettavaa jäljellä %2.</translation>
    </message>
    <message>
        <source>Payment of %1 removed: nothing is taken from it. %2 left to pay.</source>
        <translation>Maksu %1 poistettu: siitä ei veloiteta mitään. Maksettavaa jäljellä %2.</translation>
    </message>
    <message>
        <source>Type the amount the customer gave.</source>
        <translation>Näppäile summa, jonka asiakas antoi.</translation>
    </message>
    <message>
        <source>A payment has been taken: finish the sale (%1 left), or take the payments back with F8 first.</source>
        <translation>Maksu on jo otettu: päätä ostos (jäljellä %1) tai poista maksut ensin F8:lla.</translation>
    </message>
    <message>
        <source>Store credit
F4</source>
        <translation>Hyvityskuitti
F4</translation>
    </message>
    <message>
        <source>Store credit %1 %2</source>
        <translation>Hyvityskuitti %1 %2</translation>
    </message>
    <message>
        <source>Points
F6</source>
        <translation>Pisteet
F6</translation>
    </message>
    <message>
        <source>Unblock vouchers
F9</source>
        <translation>Avaa hyvityskuitit
F9</translation>
    </message>
    <message>
        <source>Scan the voucher that pays %1, or type its whole code (SC-…) and press Enter</source>
        <translation>Lue hyvityskuitti, jolla maksetaan %1, tai kirjoita sen koko koodi (SC-…) ja paina Enter</translation>
    </message>
    <message>
        <source>Scan the voucher&apos;s barcode, or type its whole code (SC-…) and press Enter</source>
        <translation>Lue hyvityskuitin viivakoodi tai kirjoita sen koko koodi (SC-…) ja paina Enter</translation>
    </message>
    <message>
        <source>Too many wrong voucher codes were typed at this till. A manager unblocks voucher entry.</source>
        <translation>Tällä kassalla on annettu liian monta väärää hyvityskuitin koodia. Esihenkilö avaa hyvityskuittien vastaanoton.</translation>
    </message>
    <message>
        <source>Voucher entry stays blocked.</source>
        <translation>Hyvityskuittien vastaanotto pysyy estettynä.</translation>
    </message>
    <message>
        <source>Vouchers are taken again (unblocked by %1).</source>
        <translation>Hyvityskuitteja otetaan taas vastaan (eston avasi %1).</translation>
    </message>
</context>
<context>
    <name>kassa::ui::PickupScreen</name>
    <message>
        <source>New</source>
        <translation>Uusi</translation>
    </message>
    <message>
        <source>Being picked</source>
        <translation>Keräyksessä</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Noudettu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vanhentunut</translation>
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
        <translation>%1 pv</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Tilaus</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Odottanut</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Maksu</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Tuotteita</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Tuote</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Tilattu</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Kerätty</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Puuttuu</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Ei haluttu</translation>
    </message>
    <message>
        <source>To pick
F1</source>
        <translation>Kerättävät
F1</translation>
    </message>
    <message>
        <source>Ready
F2</source>
        <translation>Valmiit
F2</translation>
    </message>
    <message>
        <source>All
F3</source>
        <translation>Kaikki
F3</translation>
    </message>
    <message>
        <source>Pick
F4</source>
        <translation>Kerää
F4</translation>
    </message>
    <message>
        <source>Short
F5</source>
        <translation>Puuttuu
F5</translation>
    </message>
    <message>
        <source>Ready, print label
F6</source>
        <translation>Valmis, tulosta tarra
F6</translation>
    </message>
    <message>
        <source>Refused
F8</source>
        <translation>Ei haluttu
F8</translation>
    </message>
    <message>
        <source>Cancel order
F9</source>
        <translation>Peru tilaus
F9</translation>
    </message>
    <message>
        <source>Back to the sale
Esc</source>
        <translation>Takaisin myyntiin
Esc</translation>
    </message>
    <message>
        <source>Pickup orders of store %1 (%2)</source>
        <translation>Myymälän %1 noutotilaukset (%2)</translation>
    </message>
    <message>
        <source>Paid online</source>
        <translation>Maksettu verkossa</translation>
    </message>
    <message>
        <source>Pays here</source>
        <translation>Maksetaan täällä</translation>
    </message>
    <message>
        <source>No pickup orders are waiting to be picked.</source>
        <translation>Kerättäviä noutotilauksia ei ole.</translation>
    </message>
    <message>
        <source>No pickup orders here.</source>
        <translation>Ei noutotilauksia.</translation>
    </message>
    <message>
        <source>Order %1 · %2 · %3</source>
        <translation>Tilaus %1 · %2 · %3</translation>
    </message>
    <message>
        <source>collect by %1</source>
        <translation>noudettava viimeistään %1</translation>
    </message>
    <message>
        <source>Fetch order %1 from the pickup shelf and scan its shelf label.</source>
        <translation>Hae tilaus %1 noutohyllystä ja lue sen hyllytarra.</translation>
    </message>
    <message>
        <source>Order %1 is paid online. Mark what the customer refuses (F8), then F12 hands it over.</source>
        <translation>Tilaus %1 on maksettu verkossa. Merkitse, mitä asiakas ei halua (F8), sitten F12 luovuttaa sen.</translation>
    </message>
    <message>
        <source>Order %1 is paid here. Mark what the customer refuses (F8), then F12 rings it up.</source>
        <translation>Tilaus %1 maksetaan täällä. Merkitse, mitä asiakas ei halua (F8), sitten F12 vie sen myyntiin.</translation>
    </message>
    <message>
        <source>Choose the order to pick first (arrow keys, or type its number).</source>
        <translation>Valitse ensin kerättävä tilaus (nuolinäppäimet, tai kirjoita sen numero).</translation>
    </message>
    <message>
        <source>Picking order %1: scan each item. F5 marks the chosen line&apos;s rest short, F6 marks the order ready.</source>
        <translation>Kerätään tilausta %1: lue jokainen tuote. F5 merkitsee valitun rivin loput puuttuviksi, F6 merkitsee tilauksen valmiiksi.</translation>
    </message>
    <message>
        <source>Picked. Scan the next item of order %1.</source>
        <translation>Kerätty. Lue tilauksen %1 seuraava tuote.</translation>
    </message>
    <message>
        <source>Line %1 is short: the web shop hears of it when the order is ready.</source>
        <translation>Rivi %1 puuttuu: verkkokauppa saa tiedon, kun tilaus on valmis.</translation>
    </message>
    <message>
        <source>Order %1 is ready: put its shelf label on the parcel and the parcel on the pickup shelf.</source>
        <translation>Tilaus %1 on valmis: kiinnitä hyllytarra pakettiin ja vie paketti noutohyllyyn.</translation>
    </message>
    <message>
        <source>Scan the customer&apos;s code, or choose the order first.</source>
        <translation>Lue asiakkaan koodi tai valitse ensin tilaus.</translation>
    </message>
    <message>
        <source>Type the pickup code from the customer&apos;s confirmation of order %1 and press Enter.</source>
        <translation>Kirjoita noutokoodi asiakkaan tilausvahvistuksesta (tilaus %1) ja paina Enter.</translation>
    </message>
    <message>
        <source>Refusing an item is part of the hand-over: scan the customer&apos;s code and the shelf label first.</source>
        <translation>Tuotteen hylkääminen kuuluu luovutukseen: lue ensin asiakkaan koodi ja hyllytarra.</translation>
    </message>
    <message>
        <source>Scan the customer&apos;s code and the order&apos;s shelf label first.</source>
        <translation>Lue ensin asiakkaan koodi ja tilauksen hyllytarra.</translation>
    </message>
    <message>
        <source>Order %1 is in the basket at the order&apos;s prices: take the payment (F12).</source>
        <translation>Tilaus %1 on ostoskorissa tilauksen hinnoin: ota maksu (F12).</translation>
    </message>
    <message>
        <source>Order %1 handed over.</source>
        <translation>Tilaus %1 luovutettu.</translation>
    </message>
    <message>
        <source>the refused items</source>
        <translation>hylätyt tuotteet</translation>
    </message>
    <message>
        <source>The refused items are refunded to the online payment (return %1).</source>
        <translation>Hylätyt tuotteet hyvitetään verkkomaksulle (palautus %1).</translation>
    </message>
    <message>
        <source>The refused items were not refunded: take them back on the return screen with the order number. (%1)</source>
        <translation>Hylättyjä tuotteita ei hyvitetty: ota ne palautukseen palautusnäytöllä tilausnumerolla. (%1)</translation>
    </message>
    <message>
        <source>Cancel order %1</source>
        <translation>Peru tilaus %1</translation>
    </message>
    <message>
        <source>Why is the order cancelled?</source>
        <translation>Miksi tilaus perutaan?</translation>
    </message>
    <message>
        <source>Order %1 is cancelled: put its goods back on the shelves.</source>
        <translation>Tilaus %1 on peruttu: palauta sen tuotteet hyllyihin.</translation>
    </message>
    <message>
        <source>Scan the items of the order</source>
        <translation>Lue tilauksen tuotteet</translation>
    </message>
    <message>
        <source>The pickup code, six digits</source>
        <translation>Noutokoodi, kuusi numeroa</translation>
    </message>
    <message>
        <source>Scan the parcel&apos;s shelf label</source>
        <translation>Lue paketin hyllytarra</translation>
    </message>
    <message>
        <source>F8 marks the chosen line refused, F12 hands the order over</source>
        <translation>F8 merkitsee valitun rivin hylätyksi, F12 luovuttaa tilauksen</translation>
    </message>
    <message>
        <source>Scan the customer&apos;s code or a shelf label, or type an order number</source>
        <translation>Lue asiakkaan koodi tai hyllytarra, tai kirjoita tilausnumero</translation>
    </message>
    <message>
        <source>Pickup code
F7</source>
        <translation>Noutokoodi
F7</translation>
    </message>
    <message>
        <source>Hand over
F12</source>
        <translation>Luovuta
F12</translation>
    </message>
    <message>
        <source>Picked: every item of order %1 is picked. F6 marks it ready and prints its label.</source>
        <translation>Kerätty: tilauksen %1 kaikki tuotteet on kerätty. F6 merkitsee sen valmiiksi ja tulostaa sen tarran.</translation>
    </message>
    <message>
        <source>Choose the order and its line first (arrow keys).</source>
        <translation>Valitse ensin tilaus ja sen rivi (nuolinäppäimet).</translation>
    </message>
    <message>
        <source>A manager&apos;s operator number and PIN unlock it.</source>
        <translation>Esihenkilön käyttäjänumero ja PIN-koodi avaavat sen.</translation>
    </message>
    <message>
        <source>Order %1 is unlocked: scan or type the customer&apos;s code again.</source>
        <translation>Tilauksen %1 lukitus on avattu: lue tai kirjoita asiakkaan koodi uudelleen.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ProductCardView</name>
    <message>
        <source>Location</source>
        <translation>Sijainti</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Figure from</source>
        <translation>Luku ajalta</translation>
    </message>
    <message>
        <source>Not yet at head office</source>
        <translation>Ei vielä pääkonttorissa</translation>
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
        <translation>%1, hinnasto %2 %3 asti (oma hinta %4)</translation>
    </message>
    <message>
        <source>%1, price book %2 (own price %3)</source>
        <translation>%1, hinnasto %2 (oma hinta %3)</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>Hinta: %1</translation>
    </message>
    <message>
        <source>VAT %1: no rate known today</source>
        <translation>ALV %1: verokantaa ei tiedetä tänään</translation>
    </message>
    <message>
        <source>VAT %1: %2 %</source>
        <translation>ALV %1: %2 %</translation>
    </message>
    <message>
        <source>SKU %1, codes %2</source>
        <translation>Tuotekoodi %1, viivakoodit %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Variants of %1, stock in this store (arrows choose)</source>
        <translation>Mallin %1 muunnelmat, saldo tässä myymälässä (nuolet valitsevat)</translation>
    </message>
    <message>
        <source>Web warehouse</source>
        <translation>Verkkokaupan varasto</translation>
    </message>
    <message>
        <source>%1 (this store)</source>
        <translation>%1 (tämä myymälä)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ei tiedossa</translation>
    </message>
    <message>
        <source>not yet synced</source>
        <translation>ei vielä synkronoitu</translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s), a count of %1</source>
        <translation>
            <numerusform>%n tapahtuma, laskettu %1</numerusform>
            <numerusform>%n tapahtumaa, laskettu %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s): %1</source>
        <translation>
            <numerusform>%n tapahtuma: %1</numerusform>
            <numerusform>%n tapahtumaa: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Osasto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Tuoteryhmä</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Malli</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Väri</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Materiaali</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Sesonki</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Tyyli</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Kenelle</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Alkuperämaa</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReceiptPrinter</name>
    <message>
        <source>The receipt printer %1 cannot be written: %2</source>
        <translation>Kuittitulostimeen %1 ei voi kirjoittaa: %2</translation>
    </message>
    <message>
        <source>The receipt printer at %1 did not answer: %2</source>
        <translation>Kuittitulostin osoitteessa %1 ei vastannut: %2</translation>
    </message>
    <message>
        <source>The receipt printer at %1 did not answer in time.</source>
        <translation>Kuittitulostin osoitteessa %1 ei vastannut ajoissa.</translation>
    </message>
    <message>
        <source>The receipt printer %1 has not taken the receipt yet: check its paper, cover and cable. It prints when the printer is ready.</source>
        <translation>Kuittitulostin %1 ei ole vielä ottanut kuittia vastaan: tarkista paperi, kansi ja kaapeli. Kuitti tulostuu, kun tulostin on valmis.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReceiptScreen</name>
    <message>
        <source>New sale
Enter</source>
        <translation>Uusi myynti
Enter</translation>
    </message>
    <message>
        <source>Paid. Receipt %1</source>
        <translation>Maksettu. Kuitti %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Takaisin %1</translation>
    </message>
    <message>
        <source>Refund %1. Return %2</source>
        <translation>Hyvitys %1. Palautus %2</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReturnScreen</name>
    <message>
        <source>as head office has it</source>
        <translation>pääkonttorin tietojen mukaan</translation>
    </message>
    <message>
        <source>from this till&apos;s own receipts</source>
        <translation>tämän kassan omista kuiteista</translation>
    </message>
    <message>
        <source>from the receipt&apos;s code</source>
        <translation>kuitin koodista</translation>
    </message>
    <message>
        <source>from the web orders this till keeps</source>
        <translation>kassan tallentamista verkkotilauksista</translation>
    </message>
    <message>
        <source>Scan the receipt&apos;s QR code, or type a receipt or web order number</source>
        <translation>Lue kuitin QR-koodi tai näppäile kuitin tai verkkotilauksen numero</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Tuote</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Myyty</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Palautettu</translation>
    </message>
    <message>
        <source>Can return</source>
        <translation>Palautettavissa</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Maksettu</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Hyvitys</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Minne</translation>
    </message>
    <message>
        <source>Quantity (all)</source>
        <translation>Määrä (kaikki)</translation>
    </message>
    <message>
        <source>Back to stock</source>
        <translation>Takaisin myyntiin</translation>
    </message>
    <message>
        <source>Damaged, set aside</source>
        <translation>Vioittunut, sivuun</translation>
    </message>
    <message>
        <source>Find
Enter</source>
        <translation>Hae
Enter</translation>
    </message>
    <message>
        <source>Take back
F4</source>
        <translation>Palauta
F4</translation>
    </message>
    <message>
        <source>No receipt
F3</source>
        <translation>Ei kuittia
F3</translation>
    </message>
    <message>
        <source>Remove line
F8</source>
        <translation>Poista rivi
F8</translation>
    </message>
    <message>
        <source>Cash
F9</source>
        <translation>Käteinen
F9</translation>
    </message>
    <message>
        <source>Store credit
F10</source>
        <translation>Hyvityskuitti
F10</translation>
    </message>
    <message>
        <source>Cancel
Esc</source>
        <translation>Peruuta
Esc</translation>
    </message>
    <message>
        <source>Refund as paid
F12</source>
        <translation>Hyvitä kuten maksettu
F12</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Palautus</translation>
    </message>
    <message>
        <source>Asking head office about %1…</source>
        <translation>Kysytään pääkonttorilta: %1…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Offline (%1): decided under the offline rules, confirmed once head office has it.</source>
        <translation>Ei yhteyttä (%1): ratkaistaan ilman yhteyttä -sääntöjen mukaan ja vahvistetaan, kun pääkonttori saa sen.</translation>
    </message>
    <message>
        <source>Without a receipt: scan the items. A manager approves the return.</source>
        <translation>Ilman kuittia: lue tuotteet. Päällikkö hyväksyy palautuksen.</translation>
    </message>
    <message>
        <source>Head office is holding the items for this return…</source>
        <translation>Pääkonttori varaa tuotteet tälle palautukselle…</translation>
    </message>
    <message>
        <source>Head office was lost (%1): decided under the offline rules.</source>
        <translation>Yhteys pääkonttoriin katkesi (%1): ratkaistaan ilman yhteyttä -sääntöjen mukaan.</translation>
    </message>
    <message>
        <source>Waiting for the payment terminal…</source>
        <translation>Odotetaan maksupäätettä…</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>Hyvitys %1</translation>
    </message>
    <message>
        <source>Exchange: the new items (%1) are paid first from what comes back; only the rest is refunded</source>
        <translation>Vaihto: palautettavat tuotteet maksavat ensin uudet tuotteet (%1); vain loppu hyvitetään</translation>
    </message>
    <message>
        <source>Back %1 · towards the new items %2 · refund %3</source>
        <translation>Palautus %1 · uusiin tuotteisiin %2 · hyvitys %3</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Vaihto</translation>
    </message>
    <message>
        <source>Nothing to remove: no line has been taken back yet.</source>
        <translation>Ei mitään poistettavaa: yhtään riviä ei ole vielä palautettu.</translation>
    </message>
    <message>
        <source>%1 is no longer in this return.</source>
        <translation>%1 ei ole enää tässä palautuksessa.</translation>
    </message>
    <message>
        <source>Without a receipt, scan each item to take it back.</source>
        <translation>Ilman kuittia lue jokainen palautettava tuote.</translation>
    </message>
    <message>
        <source>Find the receipt first: scan its QR code or type its number.</source>
        <translation>Hae ensin kuitti: lue sen QR-koodi tai näppäile sen numero.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::SaleScreen</name>
    <message>
        <source>Scan or type a code; quantity first with *</source>
        <translation>Lue tai näppäile koodi; määrä ensin ja *</translation>
    </message>
    <message>
        <source>Quantity
F4</source>
        <translation>Määrä
F4</translation>
    </message>
    <message>
        <source>Line discount
F6</source>
        <translation>Rivialennus
F6</translation>
    </message>
    <message>
        <source>Basket discount
F7</source>
        <translation>Korialennus
F7</translation>
    </message>
    <message>
        <source>Void line
F8</source>
        <translation>Mitätöi rivi
F8</translation>
    </message>
    <message>
        <source>Pay
F12</source>
        <translation>Maksa
F12</translation>
    </message>
    <message>
        <source>/kg</source>
        <translation>/kg</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n rivi</numerusform>
            <numerusform>%n riviä</numerusform>
        </translation>
    </message>
    <message>
        <source>Discounts %1</source>
        <translation>Alennukset %1</translation>
    </message>
    <message>
        <source>VAT %1 %2: %3</source>
        <translation>ALV %1 %2: %3</translation>
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
        <translation>Näppäile ensin määrä, sitten × ja lue tuote.</translation>
    </message>
    <message>
        <source>Type the new quantity, then press Quantity (F4).</source>
        <translation>Näppäile uusi määrä ja paina Määrä (F4).</translation>
    </message>
    <message>
        <source>Quantity changed.</source>
        <translation>Määrä muutettu.</translation>
    </message>
    <message>
        <source>Line %1 voided.</source>
        <translation>Rivi %1 mitätöity.</translation>
    </message>
    <message>
        <source>Not approved: nothing changed.</source>
        <translation>Ei hyväksytty: mitään ei muutettu.</translation>
    </message>
    <message>
        <source>Type the discount first: 10% for a percentage, or an amount such as %1.</source>
        <translation>Näppäile ensin alennus: 10% prosentteina tai summa, esimerkiksi %1.</translation>
    </message>
    <message>
        <source>basket discount %1</source>
        <translation>korialennus %1</translation>
    </message>
    <message>
        <source>line %1 discount %2</source>
        <translation>rivin %1 alennus %2</translation>
    </message>
    <message>
        <source>Basket discount set.</source>
        <translation>Korialennus asetettu.</translation>
    </message>
    <message>
        <source>Line discount set.</source>
        <translation>Rivialennus asetettu.</translation>
    </message>
    <message>
        <source>There are no suspended baskets.</source>
        <translation>Pysäköityjä ostoskoreja ei ole.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n line(s), %3</source>
        <translation>
            <numerusform>%1: %2, %n rivi, %3</numerusform>
            <numerusform>%1: %2, %n riviä, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Recall a basket</source>
        <translation>Nouda ostoskori</translation>
    </message>
    <message>
        <source>Suspended baskets</source>
        <translation>Pysäköidyt ostoskorit</translation>
    </message>
    <message>
        <source>Basket %1 recalled.</source>
        <translation>Ostoskori %1 noudettu.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>Returns
F5</source>
        <translation>Palautus
F5</translation>
    </message>
    <message>
        <source>Find product
F3</source>
        <translation>Etsi tuote
F3</translation>
    </message>
    <message>
        <source>Stock
F2</source>
        <translation>Varasto
F2</translation>
    </message>
    <message>
        <source>Customer
F1</source>
        <translation>Asiakas
F1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Asiakas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n piste</numerusform>
            <numerusform>%n pistettä</numerusform>
        </translation>
    </message>
    <message>
        <source>Shift, cash, log out
F11</source>
        <translation>Vuoro, käteinen, ulos
F11</translation>
    </message>
    <message>
        <source>Finish or suspend the basket before the shift, the cash drawer or logging out.</source>
        <translation>Päätä tai pysäköi ostos ennen vuoroa, kassalaatikkoa tai uloskirjautumista.</translation>
    </message>
    <message>
        <source>Suspend / recall
F9</source>
        <translation>Pysäköi / hae
F9</translation>
    </message>
    <message>
        <source>Pickup orders
F10</source>
        <translation>Noutotilaukset
F10</translation>
    </message>
    <message>
        <source>Basket suspended as number %1. Recall it with F9 when no sale is open.</source>
        <translation>Ostoskori pysäköity numerolla %1. Palauta se F9:llä, kun myyntiä ei ole auki.</translation>
    </message>
    <message>
        <source>Finish or suspend the basket before the pickup orders.</source>
        <translation>Päätä tai pysäköi ostoskori ennen noutotilauksia.</translation>
    </message>
    <message>
        <source>Cancelled: nothing typed is kept.</source>
        <translation>Peruttu: näppäiltyä ei säilytetty.</translation>
    </message>
    <message>
        <source>Esc cancels what is typed. The sale stays: F12 pays, F9 suspends it, F8 voids the chosen line.</source>
        <translation>Esc peruu näppäillyn. Myynti säilyy: F12 maksaa, F9 pysäköi sen, F8 mitätöi valitun rivin.</translation>
    </message>
    <message>
        <source>Nothing to cancel.</source>
        <translation>Ei mitään peruttavaa.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ShiftScreen</name>
    <message>
        <source>Change from the bank</source>
        <translation>Vaihtorahaa pankista</translation>
    </message>
    <message>
        <source>Float top-up</source>
        <translation>Vaihtokassan täydennys</translation>
    </message>
    <message>
        <source>Petty cash paid out</source>
        <translation>Pikkukassasta maksettu</translation>
    </message>
    <message>
        <source>Paid to a supplier</source>
        <translation>Maksettu toimittajalle</translation>
    </message>
    <message>
        <source>Taken to the bank</source>
        <translation>Viety pankkiin</translation>
    </message>
    <message>
        <source>Into the safe</source>
        <translation>Kassakaappiin</translation>
    </message>
    <message>
        <source>Change for a customer</source>
        <translation>Vaihtorahaa asiakkaalle</translation>
    </message>
    <message>
        <source>Drawer checked</source>
        <translation>Laatikko tarkistettu</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
    <message>
        <source>Open shift
F1</source>
        <translation>Avaa vuoro
F1</translation>
    </message>
    <message>
        <source>Cash in
F2</source>
        <translation>Käteistä sisään
F2</translation>
    </message>
    <message>
        <source>Cash out
F3</source>
        <translation>Käteistä ulos
F3</translation>
    </message>
    <message>
        <source>Safe drop
F4</source>
        <translation>Kassakaappiin
F4</translation>
    </message>
    <message>
        <source>Open drawer
F5</source>
        <translation>Avaa laatikko
F5</translation>
    </message>
    <message>
        <source>X report
F6</source>
        <translation>X-raportti
F6</translation>
    </message>
    <message>
        <source>Close shift (Z)
F7</source>
        <translation>Sulje vuoro (Z)
F7</translation>
    </message>
    <message>
        <source>Log out
F11</source>
        <translation>Kirjaudu ulos
F11</translation>
    </message>
    <message>
        <source>Back to the sale
Esc</source>
        <translation>Takaisin myyntiin
Esc</translation>
    </message>
    <message>
        <source>Done
F12</source>
        <translation>Valmis
F12</translation>
    </message>
    <message>
        <source>Float counted</source>
        <translation>Laskettu vaihtokassa</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>Laskettu käteinen</translation>
    </message>
    <message>
        <source>the drawer&apos;s cash, by denomination (50x2 20x3 …) or as a total</source>
        <translation>laatikon käteinen seteleittäin ja kolikoittain (50x2 20x3 …) tai yhteensä</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>the reason, when a manager approves a difference</source>
        <translation>syy, kun esimies hyväksyy erotuksen</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>vapaaehtoinen</translation>
    </message>
    <message>
        <source>Shift %1, open since %2 (opened by %3).</source>
        <translation>Vuoro %1, auki %2 alkaen (avasi %3).</translation>
    </message>
    <message>
        <source>No shift is open: count the float into the drawer and open one (F1, then F12).</source>
        <translation>Vuoroa ei ole auki: laske vaihtokassa laatikkoon ja avaa vuoro (F1, sitten F12).</translation>
    </message>
    <message>
        <source>Training mode is on.</source>
        <translation>Harjoitustila on päällä.</translation>
    </message>
    <message>
        <source>Shift %1 is open with a float of %2.</source>
        <translation>Vuoro %1 on auki, vaihtokassa %2.</translation>
    </message>
    <message>
        <source>The drawer is open (%1); it is logged.</source>
        <translation>Laatikko on auki (%1); se on kirjattu.</translation>
    </message>
    <message>
        <source>%1 recorded (%2); the drawer is open.</source>
        <translation>%1 kirjattu (%2); laatikko on auki.</translation>
    </message>
    <message>
        <source>Type the reason in Note and press F12 again for the manager.</source>
        <translation>Kirjoita syy Huomautus-kenttään ja paina F12 uudelleen esimiestä varten.</translation>
    </message>
    <message>
        <source>Not closed: count again, or ask a manager.</source>
        <translation>Ei suljettu: laske uudelleen tai pyydä esimies.</translation>
    </message>
    <message>
        <source>Shift %1 is closed: Z report %2 is printed.</source>
        <translation>Vuoro %1 on suljettu: Z-raportti %2 on tulostettu.</translation>
    </message>
    <message>
        <source>The X report shows the cash the drawer should hold: a supervisor&apos;s operator number and PIN.</source>
        <translation>X-raportti näyttää, paljonko laatikossa pitäisi olla käteistä: vuoroesimiehen numero ja PIN.</translation>
    </message>
    <message>
        <source>X report printed; the shift stays open.</source>
        <translation>X-raportti tulostettu; vuoro pysyy auki.</translation>
    </message>
    <message>
        <source>Training mode: sales are practice and never count. A manager&apos;s operator number and PIN.</source>
        <translation>Harjoitustila: myynnit ovat harjoitusta eivätkä näy raporteissa. Esimiehen numero ja PIN.</translation>
    </message>
    <message>
        <source>Back to real sales: a manager&apos;s operator number and PIN.</source>
        <translation>Takaisin oikeaan myyntiin: esimiehen numero ja PIN.</translation>
    </message>
    <message>
        <source>Training mode is on: sales print as training and count nowhere.</source>
        <translation>Harjoitustila on päällä: myynnit tulostuvat harjoituksena eivätkä näy raporteissa.</translation>
    </message>
    <message>
        <source>Training mode is off: the till sells for real.</source>
        <translation>Harjoitustila on pois: kassa myy oikeasti.</translation>
    </message>
    <message>
        <source>Record
F12</source>
        <translation>Kirjaa
F12</translation>
    </message>
    <message>
        <source>choose what to do first: F1 … F7</source>
        <translation>valitse ensin toiminto: F1 … F7</translation>
    </message>
    <message>
        <source>%1, or by denomination: 20x5 10x3 %2x4</source>
        <translation>%1, tai arvoittain: 20x5 10x3 %2x4</translation>
    </message>
    <message>
        <source>in euros, such as %1</source>
        <translation>euroina, esimerkiksi %1</translation>
    </message>
    <message>
        <source>Choose what the amount is for first: F2 cash in, F3 cash out, F4 safe drop, F7 the close.</source>
        <translation>Valitse ensin, mitä summa koskee: F2 käteistä sisään, F3 käteistä ulos, F4 kassakaappiin, F7 vuoron sulkeminen.</translation>
    </message>
    <message>
        <source>Type the amount in euros, such as %1.</source>
        <translation>Näppäile summa euroina, esimerkiksi %1.</translation>
    </message>
    <message>
        <source>Training
F9</source>
        <translation>Harjoitus
F9</translation>
    </message>
</context>
<context>
    <name>kassa::ui::StockScreen</name>
    <message>
        <source>Scan an item, or type a number and press F4 for the chosen line&apos;s quantity</source>
        <translation>Lue tuote, tai kirjoita luku ja paina F4 valitun rivin määräksi</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Tuote</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Tuotekoodi</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <source>On the delivery</source>
        <translation>Toimituksessa</translation>
    </message>
    <message>
        <source>aisle 4, back room …</source>
        <translation>käytävä 4, takavarasto …</translation>
    </message>
    <message>
        <source>Damaged (out)</source>
        <translation>Vaurioitunut (pois)</translation>
    </message>
    <message>
        <source>Shrink (out)</source>
        <translation>Hävikki (pois)</translation>
    </message>
    <message>
        <source>Found (in)</source>
        <translation>Löytynyt (sisään)</translation>
    </message>
    <message>
        <source>ST-002-01-000004, from the transfer&apos;s papers</source>
        <translation>ST-002-01-000004, siirron papereista</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Toimitus</translation>
    </message>
    <message>
        <source>Area counted</source>
        <translation>Laskettu alue</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>To store</source>
        <translation>Myymälään</translation>
    </message>
    <message>
        <source>Transfer number</source>
        <translation>Siirron numero</translation>
    </message>
    <message>
        <source>Goods received
F5</source>
        <translation>Vastaanotto
F5</translation>
    </message>
    <message>
        <source>Count
F6</source>
        <translation>Inventaario
F6</translation>
    </message>
    <message>
        <source>Adjust
F7</source>
        <translation>Korjaus
F7</translation>
    </message>
    <message>
        <source>Transfer in
F9</source>
        <translation>Siirto sisään
F9</translation>
    </message>
    <message>
        <source>Quantity
F4</source>
        <translation>Määrä
F4</translation>
    </message>
    <message>
        <source>Back to the sale
Esc</source>
        <translation>Takaisin myyntiin
Esc</translation>
    </message>
    <message>
        <source>Record
F12</source>
        <translation>Kirjaa
F12</translation>
    </message>
    <message>
        <source>None: goods received freely</source>
        <translation>Ei toimitusta: vapaa vastaanotto</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n line(s)</source>
        <translation>
            <numerusform>%1 · %n rivi</numerusform>
            <numerusform>%1 · %n riviä</numerusform>
        </translation>
    </message>
    <message>
        <source>Goods received</source>
        <translation>Tavaran vastaanotto</translation>
    </message>
    <message>
        <source>Count sheet</source>
        <translation>Inventaariolista</translation>
    </message>
    <message>
        <source>Stock adjustment</source>
        <translation>Saldon korjaus</translation>
    </message>
    <message>
        <source>Transfer out to another store</source>
        <translation>Siirto toiseen myymälään</translation>
    </message>
    <message>
        <source>Transfer in from another store</source>
        <translation>Siirto toisesta myymälästä</translation>
    </message>
    <message>
        <source>(not in this till&apos;s catalog)</source>
        <translation>(ei tämän kassan tuoterekisterissä)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Scan an item first, then type its quantity and press F4.</source>
        <translation>Lue ensin tuote, kirjoita sitten määrä ja paina F4.</translation>
    </message>
    <message>
        <source> (store %1)</source>
        <translation> (myymälä %1)</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %1%2: %n line(s). Head office gets it with the next sync.</source>
        <translation>
            <numerusform>Kirjattu %1%2: %n rivi. Pääkonttori saa sen seuraavassa synkronoinnissa.</numerusform>
            <numerusform>Kirjattu %1%2: %n riviä. Pääkonttori saa sen seuraavassa synkronoinnissa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Transfer out
F10</source>
        <translation>Siirto ulos
F10</translation>
    </message>
    <message>
        <source>Remove line
F8</source>
        <translation>Poista rivi
F8</translation>
    </message>
</context>
</TS>
