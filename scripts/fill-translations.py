#!/usr/bin/env python3
"""Writes the Finnish and Swedish texts into resources/translations/kassa_fi.ts and kassa_sv.ts
(and English plurals into kassa_en.ts) after `scripts/update-translations` has collected the
source strings with lupdate. The texts live here, keyed by source string, so a translator
reviews them in one place. Swedish is Finland's Swedish: FO-nummer for the business ID, moms.
A suspended basket is fetched back ("Nouda", "Hämta"), never "returned": returns are their own."""

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

FI = {
    # Start-up
    "Kassa cannot start": "Kassa ei käynnisty",
    "The till's data in %1 cannot be used: %2. Check that the folder is writable; if the file is damaged, restore the latest backup.":
        "Kassan tietoja kansiossa %1 ei voi käyttää: %2. Tarkista, että kansioon voi kirjoittaa; jos tiedosto on vioittunut, palauta uusin varmuuskopio.",
    'The printer "%1" is not valid: use none, file:PATH or tcp:HOST:PORT.':
        'Tulostin "%1" ei kelpaa: käytä muotoa none, file:POLKU tai tcp:OSOITE:PORTTI.',
    # Errors
    "Nothing was scanned. Scan the barcode again or type the code.": "Mitään ei luettu. Lue viivakoodi uudelleen tai näppäile koodi.",
    '"%1" is not a barcode: a code has digits only. Scan again or type the digits.':
        '"%1" ei ole viivakoodi: koodissa on vain numeroita. Lue uudelleen tai näppäile numerot.',
    '"%1" is not a barcode: codes have 8, 12, 13 or 14 digits. Scan again.':
        '"%1" ei ole viivakoodi: koodissa on 8, 12, 13 tai 14 numeroa. Lue uudelleen.',
    "Code %1 has a wrong check digit: it was misread or mistyped. Scan again.":
        "Koodin %1 tarkistusnumero on väärä: se luettiin tai näppäiltiin väärin. Lue uudelleen.",
    "No product has the code %1. Check the code or ask a supervisor to add the product.":
        "Koodilla %1 ei löydy tuotetta. Tarkista koodi tai pyydä esimiestä lisäämään tuote.",
    'Quantity "%1" is not valid: pieces are whole numbers above zero, weights are kilograms above zero.':
        'Määrä "%1" ei kelpaa: kappaleet ovat nollaa suurempia kokonaislukuja, painot nollaa suurempia kilomääriä.',
    "That quantity is too large: at most %1 on one line. Check the quantity.":
        "Määrä on liian suuri: yhdellä rivillä enintään %1. Tarkista määrä.",
    "%1 is sold by weight: type the weight in kilograms first, then add the product.":
        "%1 myydään painon mukaan: näppäile ensin paino kiloina ja lisää sitten tuote.",
    "There is no line %1 in the basket.": "Ostoskorissa ei ole riviä %1.",
    "Line %1 has already been voided.": "Rivi %1 on jo mitätöity.",
    "That discount is not valid: it must be between zero and the amount it applies to.":
        "Alennus ei kelpaa: sen on oltava nollan ja alennettavan summan välillä.",
    "A discount of %1 needs a supervisor's approval.": "Alennus %1 vaatii esimiehen hyväksynnän.",
    "%1 may not approve this: a supervisor or manager must.": "%1 ei voi hyväksyä tätä: hyväksyjän on oltava esimies tai päällikkö.",
    "The basket is empty: scan a product first.": "Ostoskori on tyhjä: lue ensin tuote.",
    '"%1" is not an amount: type euros and cents, for example 20 or 12,50.':
        '"%1" ei ole summa: näppäile eurot ja sentit, esimerkiksi 20 tai 12,50.',
    "%1 is more than is left to pay. Only cash can be more than is due.":
        "%1 on enemmän kuin maksettavaa on jäljellä. Vain käteistä voi antaa yli maksettavan.",
    "The payment does not cover the total: %1 is still to pay.": "Maksu ei kata loppusummaa: maksettavaa on vielä %1.",
    "The sale is not paid yet: %1 is still to pay.": "Ostosta ei ole vielä maksettu: maksettavaa on vielä %1.",
    "The card was declined for %1. Ask for another card or another way to pay.":
        "Kortti hylättiin summalle %1. Pyydä toinen kortti tai muu maksutapa.",
    "The payment terminal does not answer. Check its cable and power, or take cash.":
        "Maksupääte ei vastaa. Tarkista sen kaapeli ja virta tai ota käteistä.",
    "There is no operator %1. Check your operator number.": "Käyttäjää %1 ei ole. Tarkista käyttäjänumerosi.",
    "Wrong PIN. %1 attempts left before the account is locked.": "Väärä PIN. Yrityksiä jäljellä %1 ennen tunnuksen lukitusta.",
    "This account is locked after too many wrong PINs until %1. A manager can unlock it.":
        "Tunnus on lukittu liian monen väärän PIN-koodin vuoksi klo %1 asti. Päällikkö voi avata lukituksen.",
    "A PIN has 4 to 8 digits.": "PIN-koodissa on 4–8 numeroa.",
    "Suspended basket %1 no longer exists: it may have been recalled already.":
        "Pysäytettyä ostoskoria %1 ei enää ole: se on ehkä jo noudettu.",
    "Finish or suspend the open basket first.": "Päätä tai pysäytä avoin ostoskori ensin.",
    "The till's disk is full, so the sale was not recorded. The basket is kept: call store IT, then try again.":
        "Kassan levy on täynnä, joten ostosta ei tallennettu. Ostoskori säilyy: soita myymälän IT-tukeen ja yritä sitten uudelleen.",
    "The till cannot write its data folder, so nothing was recorded. The basket is kept: call store IT, then try again. (%1)":
        "Kassa ei voi kirjoittaa tietokansioonsa, joten mitään ei tallennettu. Ostoskori säilyy: soita myymälän IT-tukeen ja yritä sitten uudelleen. (%1)",
    "The till could not record this (%1). The basket is kept: try again, and call store IT if it repeats.":
        "Kassa ei voinut tallentaa tätä (%1). Ostoskori säilyy: yritä uudelleen ja soita IT-tukeen, jos vika toistuu.",
    "Not accepted: %1": "Ei hyväksytty: %1",
    # Receipt
    "Business ID %1": "Y-tunnus %1",
    "Receipt %1": "Kuitti %1",
    "Till %1": "Kassa %1",
    "Cashier: %1": "Myyjä: %1",
    "VOID %1": "MITÄTÖITY %1",
    "%1/kg": "%1/kg",
    "Discount": "Alennus",
    "Subtotal": "Välisumma",
    "Basket discount": "Ostoskorin alennus",
    "TOTAL EUR": "YHTEENSÄ EUR",
    "Cash rounding": "Pyöristys",
    "To pay": "Maksettava",
    "You saved": "Säästit",
    "Cash": "Käteinen",
    "Card %1 %2": "Kortti %1 %2",
    "Authorisation %1": "Varmennus %1",
    "Change": "Takaisin",
    "VAT": "ALV",
    "Net": "Veroton",
    "Tax": "Vero",
    "Gross": "Verollinen",
    "Approved by %1: %2": "Hyväksyjä %1: %2",
    "Thank you for visiting!": "Kiitos käynnistä!",
    "line discount": "rivialennus",
    "basket discount": "korialennus",
    # Screens
    "Supervisor approval": "Esimiehen hyväksyntä",
    "Supervisor number": "Esimiehen numero",
    "PIN": "PIN",
    "Approve": "Hyväksy",
    "Cancel": "Peruuta",
    "Code %1, SKU %2, VAT %3": "Koodi %1, tuotenumero %2, ALV %3",
    "#": "#",
    "Product": "Tuote",
    "Qty": "Määrä",
    "Price": "Hinta",
    "Amount": "Summa",
    "Operator number": "Käyttäjänumero",
    "Operator": "Käyttäjä",
    "Clear": "Tyhjennä",
    "OK": "OK",
    "Type your operator number first.": "Näppäile ensin käyttäjänumerosi.",
    "Kassa": "Kassa",
    "%1, till %2": "%1, kassa %2",
    "%1 · store %2 · till %3": "%1 · myymälä %2 · kassa %3",
    " · cashier %1 (%2)": " · myyjä %1 (%2)",
    "Record the sale again\nF5": "Tallenna uudelleen\nF5",
    "Amount given (empty = exact)": "Annettu summa (tyhjä = tasaraha)",
    "Total": "Yhteensä",
    "Left to pay": "Maksettavaa jäljellä",
    "In cash (rounded)": "Käteisellä (pyöristetty)",
    "Cash\nF2": "Käteinen\nF2",
    "Card\nF3": "Kortti\nF3",
    "Back to basket\nEsc": "Takaisin koriin\nEsc",
    "Payment": "Maksu",
    "Cash %1": "Käteinen %1",
    ", change %1": ", takaisin %1",
    "Card %1 %2, authorisation %3": "Kortti %1 %2, varmennus %3",
    "A payment has been taken: finish the sale (%1 left).": "Maksu on jo otettu: päätä osto (jäljellä %1).",
    "The receipt printer %1 cannot be written: %2": "Kuittitulostimeen %1 ei voi kirjoittaa: %2",
    "The receipt printer %1 has not taken the receipt yet: check its paper, cover and cable. It prints when the printer is ready.":
        "Kuittitulostin %1 ei ole vielä ottanut kuittia vastaan: tarkista paperi, kansi ja kaapeli. Kuitti tulostuu, kun tulostin on valmis.",
    "The receipt printer at %1 did not answer: %2": "Kuittitulostin osoitteessa %1 ei vastannut: %2",
    "The receipt printer at %1 did not answer in time.": "Kuittitulostin osoitteessa %1 ei vastannut ajoissa.",
    "New sale\nEnter": "Uusi asiakas\nEnter",
    "Paid. Receipt %1": "Maksettu. Kuitti %1",
    "Change %1": "Takaisin %1",
    "Scan or type a code; quantity first with *": "Lue tai näppäile koodi; määrä ensin ja *",
    "Quantity\nF4": "Määrä\nF4",
    "Line discount\nF6": "Rivialennus\nF6",
    "Basket discount\nF7": "Korialennus\nF7",
    "Void line\nF8": "Mitätöi rivi\nF8",
    "Suspend\nF9": "Pysäytä\nF9",
    "Recall\nF10": "Nouda\nF10",
    "Log out\nF11": "Kirjaudu ulos\nF11",
    "Pay\nF12": "Maksa\nF12",
    "/kg": "/kg",
    "Discounts %1": "Alennukset %1",
    "VAT %1 %2: %3": "ALV %1 %2: %3",
    "%1 ×": "%1 ×",
    "%1  %2": "%1  %2",
    "Type the quantity first, then ×, then scan.": "Näppäile ensin määrä, sitten × ja lue tuote.",
    "Type the new quantity, then press Quantity (F4).": "Näppäile uusi määrä ja paina Määrä (F4).",
    "Quantity changed.": "Määrä muutettu.",
    "Line %1 voided.": "Rivi %1 mitätöity.",
    "Not approved: nothing changed.": "Ei hyväksytty: mitään ei muutettu.",
    "Type the discount first: 10% for a percentage, or an amount such as %1.":
        "Näppäile ensin alennus: 10% prosentteina tai summa, esimerkiksi %1.",
    "basket discount %1": "korialennus %1",
    "line %1 discount %2": "rivin %1 alennus %2",
    "Basket discount set.": "Korialennus asetettu.",
    "Line discount set.": "Rivialennus asetettu.",
    "Basket suspended as number %1. Recall it with F10.": "Ostoskori pysäytetty numerolla %1. Nouda se näppäimellä F10.",
    "There are no suspended baskets.": "Pysäytettyjä ostoskoreja ei ole.",
    "Recall a basket": "Nouda ostoskori",
    "Suspended baskets": "Pysäytetyt ostoskorit",
    "Basket %1 recalled.": "Ostoskori %1 noudettu.",
    "Finish or suspend the basket before logging out.": "Päätä tai pysäytä ostoskori ennen uloskirjautumista.",
    # Sync status
    "never": "ei koskaan",
    "Not connected to central": "Ei yhteyttä keskusjärjestelmään",
    "Kassa is already running on %1.": "Kassa on jo käynnissä kansiossa %1.",
    # Enrollment on first start
    "Connect this till to central": "Yhdistä kassa keskusjärjestelmään",
    "Enter central's address and the one-time enrollment code head office gave you (kassa-central enroll). The till makes its own key, central signs it, and from then on the till sends its sales to central and takes the catalog from it.":
        "Anna keskusjärjestelmän osoite ja pääkonttorilta saamasi kertakäyttöinen liittymiskoodi (kassa-central enroll). Kassa tekee oman avaimensa, keskusjärjestelmä allekirjoittaa sen, ja siitä lähtien kassa lähettää myyntinsä keskusjärjestelmään ja saa tuoterekisterin sieltä.",
    "Central's address": "Keskusjärjestelmän osoite",
    "Enrollment code": "Liittymiskoodi",
    "XXXX-XXXX-XXXX:fingerprint": "XXXX-XXXX-XXXX:sormenjälki",
    "printed on receipts": "tulostuu kuitteihin",
    "digits, e.g. 3001": "numeroita, esim. 3001",
    "Store name": "Myymälän nimi",
    "First manager's number": "Ensimmäisen päällikön numero",
    "First manager's name": "Ensimmäisen päällikön nimi",
    "Manager's PIN": "Päällikön PIN",
    "PIN again": "PIN uudelleen",
    "Enroll": "Liity",
    "Quit": "Lopeta",
    "Later: sell without central": "Myöhemmin: myy ilman keskusjärjestelmää",
    "Central's address starts with https://, for example https://central.example.com:8443.":
        "Keskusjärjestelmän osoite alkaa https://, esimerkiksi https://central.example.com:8443.",
    "The enrollment code looks like KQ4M-X2PD-9ZLA:3f9a1c07e2b4d8aa. Type it as kassa-central printed it.":
        "Liittymiskoodi on muotoa KQ4M-X2PD-9ZLA:3f9a1c07e2b4d8aa. Kirjoita se niin kuin kassa-central sen tulosti.",
    "Give the store's name: it is printed on every receipt.": "Anna myymälän nimi: se tulostuu jokaiseen kuittiin.",
    "Give the first manager's number (digits) and name: they are the first to log in.":
        "Anna ensimmäisen päällikön numero (numeroina) ja nimi: hän kirjautuu ensimmäisenä.",
    "The two PINs differ. Type the PIN again in both fields.": "PIN-koodit eroavat. Kirjoita PIN uudelleen molempiin kenttiin.",
    "Contacting central…": "Otetaan yhteyttä keskusjärjestelmään…",
    "Online · all sent · last sync %1": "Yhteys · kaikki lähetetty · viimeksi %1",
}

FI_PLURALS = {
    "Online · %n waiting (oldest %1)": ["Yhteys · %n odottaa (vanhin %1)", "Yhteys · %n odottaa (vanhin %1)"],
    "Offline · %n waiting (oldest %1) · last sync %2": [
        "Ei yhteyttä · %n odottaa (vanhin %1) · viimeksi %2",
        "Ei yhteyttä · %n odottaa (vanhin %1) · viimeksi %2",
    ],
    "%n line(s)": ["%n rivi", "%n riviä"],
    "%1: %2, %n line(s), %3": ["%1: %2, %n rivi, %3", "%1: %2, %n riviä, %3"],
    " · %n exception(s) from head office": [" · %n poikkeama pääkonttorilta", " · %n poikkeamaa pääkonttorilta"],
}
EN_PLURALS = {
    "Online · %n waiting (oldest %1)": ["Online · %n waiting (oldest %1)", "Online · %n waiting (oldest %1)"],
    "Offline · %n waiting (oldest %1) · last sync %2": [
        "Offline · %n waiting (oldest %1) · last sync %2",
        "Offline · %n waiting (oldest %1) · last sync %2",
    ],
    "%n line(s)": ["%n line", "%n lines"],
    "%1: %2, %n line(s), %3": ["%1: %2, %n line, %3", "%1: %2, %n lines, %3"],
    " · %n exception(s) from head office": [" · %n exception from head office", " · %n exceptions from head office"],
}


SV = {
    # Start-up
    "Kassa cannot start": "Kassan startar inte",
    "The till's data in %1 cannot be used: %2. Check that the folder is writable; if the file is damaged, restore the latest backup.":
        "Kassans data i %1 kan inte användas: %2. Kontrollera att mappen går att skriva i; om filen är skadad, återställ den senaste säkerhetskopian.",
    'The printer "%1" is not valid: use none, file:PATH or tcp:HOST:PORT.':
        'Skrivaren "%1" duger inte: använd none, file:SÖKVÄG eller tcp:VÄRD:PORT.',
    # Errors
    "Nothing was scanned. Scan the barcode again or type the code.": "Ingenting lästes. Läs streckkoden igen eller skriv koden.",
    '"%1" is not a barcode: a code has digits only. Scan again or type the digits.':
        '"%1" är ingen streckkod: en kod har bara siffror. Läs igen eller skriv siffrorna.',
    '"%1" is not a barcode: codes have 8, 12, 13 or 14 digits. Scan again.':
        '"%1" är ingen streckkod: koder har 8, 12, 13 eller 14 siffror. Läs igen.',
    "Code %1 has a wrong check digit: it was misread or mistyped. Scan again.":
        "Koden %1 har fel kontrollsiffra: den lästes eller skrevs fel. Läs igen.",
    "No product has the code %1. Check the code or ask a supervisor to add the product.":
        "Ingen produkt har koden %1. Kontrollera koden eller be en förman lägga till produkten.",
    'Quantity "%1" is not valid: pieces are whole numbers above zero, weights are kilograms above zero.':
        'Mängden "%1" duger inte: styck är heltal över noll, vikter är kilogram över noll.',
    "That quantity is too large: at most %1 on one line. Check the quantity.":
        "Mängden är för stor: högst %1 på en rad. Kontrollera mängden.",
    "%1 is sold by weight: type the weight in kilograms first, then add the product.":
        "%1 säljs per vikt: skriv först vikten i kilogram och lägg sedan till produkten.",
    "There is no line %1 in the basket.": "Korgen har ingen rad %1.",
    "Line %1 has already been voided.": "Rad %1 är redan makulerad.",
    "That discount is not valid: it must be between zero and the amount it applies to.":
        "Rabatten duger inte: den ska vara mellan noll och beloppet den gäller.",
    "A discount of %1 needs a supervisor's approval.": "En rabatt på %1 kräver en förmans godkännande.",
    "%1 may not approve this: a supervisor or manager must.": "%1 får inte godkänna detta: det ska en förman eller chef göra.",
    "The basket is empty: scan a product first.": "Korgen är tom: läs först en produkt.",
    '"%1" is not an amount: type euros and cents, for example 20 or 12,50.':
        '"%1" är inget belopp: skriv euro och cent, till exempel 20 eller 12,50.',
    "%1 is more than is left to pay. Only cash can be more than is due.":
        "%1 är mer än vad som återstår att betala. Bara kontanter får vara mer än summan.",
    "The payment does not cover the total: %1 is still to pay.": "Betalningen täcker inte summan: %1 återstår att betala.",
    "The sale is not paid yet: %1 is still to pay.": "Köpet är inte betalt än: %1 återstår att betala.",
    "The card was declined for %1. Ask for another card or another way to pay.":
        "Kortet nekades för %1. Be om ett annat kort eller ett annat betalsätt.",
    "The payment terminal does not answer. Check its cable and power, or take cash.":
        "Betalterminalen svarar inte. Kontrollera kabeln och strömmen, eller ta emot kontanter.",
    "There is no operator %1. Check your operator number.": "Det finns ingen användare %1. Kontrollera ditt användarnummer.",
    "Wrong PIN. %1 attempts left before the account is locked.": "Fel PIN-kod. %1 försök kvar innan kontot låses.",
    "This account is locked after too many wrong PINs until %1. A manager can unlock it.":
        "Kontot är låst efter för många felaktiga PIN-koder till %1. En chef kan låsa upp det.",
    "A PIN has 4 to 8 digits.": "En PIN-kod har 4 till 8 siffror.",
    "Suspended basket %1 no longer exists: it may have been recalled already.":
        "Den parkerade korgen %1 finns inte längre: den kan redan ha hämtats.",
    "Finish or suspend the open basket first.": "Slutför eller parkera först den öppna korgen.",
    "The till's disk is full, so the sale was not recorded. The basket is kept: call store IT, then try again.":
        "Kassans disk är full, så köpet registrerades inte. Korgen finns kvar: ring butikens IT och försök sedan igen.",
    "The till cannot write its data folder, so nothing was recorded. The basket is kept: call store IT, then try again. (%1)":
        "Kassan kan inte skriva i sin datamapp, så ingenting registrerades. Korgen finns kvar: ring butikens IT och försök sedan igen. (%1)",
    "The till could not record this (%1). The basket is kept: try again, and call store IT if it repeats.":
        "Kassan kunde inte registrera detta (%1). Korgen finns kvar: försök igen och ring butikens IT om det upprepas.",
    "Not accepted: %1": "Godtogs inte: %1",
    # Receipt
    "Business ID %1": "FO-nummer %1",
    "Receipt %1": "Kvitto %1",
    "Till %1": "Kassa %1",
    "Cashier: %1": "Kassör: %1",
    "VOID %1": "MAKULERAD %1",
    "%1/kg": "%1/kg",
    "Discount": "Rabatt",
    "Subtotal": "Delsumma",
    "Basket discount": "Korgrabatt",
    "TOTAL EUR": "SUMMA EUR",
    "Cash rounding": "Avrundning",
    "To pay": "Att betala",
    "You saved": "Du sparade",
    "Cash": "Kontant",
    "Card %1 %2": "Kort %1 %2",
    "Authorisation %1": "Auktorisering %1",
    "Change": "Tillbaka",
    "VAT": "Moms",
    "Net": "Netto",
    "Tax": "Skatt",
    "Gross": "Brutto",
    "Approved by %1: %2": "Godkänt av %1: %2",
    "Thank you for visiting!": "Tack för besöket!",
    "line discount": "radrabatt",
    "basket discount": "korgrabatt",
    # Approval dialog
    "Supervisor approval": "Förmans godkännande",
    "Supervisor number": "Förmans nummer",
    "PIN": "PIN-kod",
    "Approve": "Godkänn",
    "Cancel": "Avbryt",
    # Basket
    "Code %1, SKU %2, VAT %3": "Kod %1, artikelnr %2, moms %3",
    "#": "#",
    "Product": "Produkt",
    "Qty": "Antal",
    "Price": "Pris",
    "Amount": "Belopp",
    # Login
    "Operator number": "Användarnummer",
    "Operator": "Användare",
    "Clear": "Rensa",
    "OK": "OK",
    "Type your operator number first.": "Skriv först ditt användarnummer.",
    # Main window
    "Kassa": "Kassa",
    "%1, till %2": "%1, kassa %2",
    "%1 · store %2 · till %3": "%1 · butik %2 · kassa %3",
    " · cashier %1 (%2)": " · kassör %1 (%2)",
    # Payment
    "Record the sale again\nF5": "Registrera köpet igen\nF5",
    "Amount given (empty = exact)": "Givet belopp (tomt = jämnt)",
    "Total": "Summa",
    "Left to pay": "Kvar att betala",
    "In cash (rounded)": "Kontant (avrundat)",
    "Cash\nF2": "Kontant\nF2",
    "Card\nF3": "Kort\nF3",
    "Back to basket\nEsc": "Tillbaka till korgen\nEsc",
    "Payment": "Betalning",
    "Cash %1": "Kontant %1",
    ", change %1": ", tillbaka %1",
    "Card %1 %2, authorisation %3": "Kort %1 %2, auktorisering %3",
    "A payment has been taken: finish the sale (%1 left).": "En betalning har tagits emot: slutför köpet (%1 kvar).",
    # Printing
    "The receipt printer %1 cannot be written: %2": "Kvittoskrivaren %1 går inte att skriva till: %2",
    "The receipt printer %1 has not taken the receipt yet: check its paper, cover and cable. It prints when the printer is ready.":
        "Kvittoskrivaren %1 har inte tagit emot kvittot än: kontrollera papper, lock och kabel. Kvittot skrivs ut när skrivaren är klar.",
    "The receipt printer at %1 did not answer: %2": "Kvittoskrivaren på %1 svarade inte: %2",
    "The receipt printer at %1 did not answer in time.": "Kvittoskrivaren på %1 svarade inte i tid.",
    # Receipt screen
    "New sale\nEnter": "Nytt köp\nEnter",
    "Paid. Receipt %1": "Betalt. Kvitto %1",
    "Change %1": "Tillbaka %1",
    # Sale screen
    "Scan or type a code; quantity first with *": "Läs eller skriv en kod; mängd först med *",
    "Quantity\nF4": "Mängd\nF4",
    "Line discount\nF6": "Radrabatt\nF6",
    "Basket discount\nF7": "Korgrabatt\nF7",
    "Void line\nF8": "Makulera rad\nF8",
    "Suspend\nF9": "Parkera\nF9",
    "Recall\nF10": "Hämta\nF10",
    "Log out\nF11": "Logga ut\nF11",
    "Pay\nF12": "Betala\nF12",
    "/kg": "/kg",
    "Discounts %1": "Rabatter %1",
    "VAT %1 %2: %3": "Moms %1 %2: %3",
    "%1 ×": "%1 ×",
    "%1  %2": "%1  %2",
    "Type the quantity first, then ×, then scan.": "Skriv först mängden, sedan × och läs sedan koden.",
    "Type the new quantity, then press Quantity (F4).": "Skriv den nya mängden och tryck sedan Mängd (F4).",
    "Quantity changed.": "Mängden ändrades.",
    "Line %1 voided.": "Rad %1 makulerades.",
    "Not approved: nothing changed.": "Inte godkänt: ingenting ändrades.",
    "Type the discount first: 10% for a percentage, or an amount such as %1.":
        "Skriv först rabatten: 10% för procent, eller ett belopp som %1.",
    "basket discount %1": "korgrabatt %1",
    "line %1 discount %2": "rad %1 rabatt %2",
    "Basket discount set.": "Korgrabatten är satt.",
    "Line discount set.": "Radrabatten är satt.",
    "Basket suspended as number %1. Recall it with F10.": "Korgen parkerades som nummer %1. Hämta den med F10.",
    "There are no suspended baskets.": "Det finns inga parkerade korgar.",
    "Recall a basket": "Hämta en korg",
    "Suspended baskets": "Parkerade korgar",
    "Basket %1 recalled.": "Korg %1 hämtades.",
    "Finish or suspend the basket before logging out.": "Slutför eller parkera korgen innan du loggar ut.",
    # Sync status
    "never": "aldrig",
    "Not connected to central": "Inte ansluten till centralen",
    "Online · all sent · last sync %1": "Ansluten · allt skickat · senast %1",
    # Single instance
    "Kassa is already running on %1.": "Kassan körs redan i %1.",
    # Enrollment
    "Connect this till to central": "Anslut kassan till centralen",
    "Enter central's address and the one-time enrollment code head office gave you (kassa-central enroll). The till makes its own key, central signs it, and from then on the till sends its sales to central and takes the catalog from it.":
        "Ange centralens adress och den engångskod för registrering som huvudkontoret gav dig (kassa-central enroll). Kassan skapar sin egen nyckel, centralen signerar den, och därefter skickar kassan sina köp till centralen och hämtar sortimentet därifrån.",
    "Central's address": "Centralens adress",
    "Enrollment code": "Registreringskod",
    "XXXX-XXXX-XXXX:fingerprint": "XXXX-XXXX-XXXX:fingeravtryck",
    "printed on receipts": "skrivs ut på kvitton",
    "digits, e.g. 3001": "siffror, t.ex. 3001",
    "Store name": "Butikens namn",
    "First manager's number": "Första chefens nummer",
    "First manager's name": "Första chefens namn",
    "Manager's PIN": "Chefens PIN-kod",
    "PIN again": "PIN-kod igen",
    "Enroll": "Registrera",
    "Quit": "Avsluta",
    "Later: sell without central": "Senare: sälj utan centralen",
    "Central's address starts with https://, for example https://central.example.com:8443.":
        "Centralens adress börjar med https://, till exempel https://central.example.com:8443.",
    "The enrollment code looks like KQ4M-X2PD-9ZLA:3f9a1c07e2b4d8aa. Type it as kassa-central printed it.":
        "Registreringskoden ser ut som KQ4M-X2PD-9ZLA:3f9a1c07e2b4d8aa. Skriv den som kassa-central skrev ut den.",
    "Give the store's name: it is printed on every receipt.": "Ange butikens namn: det skrivs ut på varje kvitto.",
    "Give the first manager's number (digits) and name: they are the first to log in.":
        "Ange första chefens nummer (siffror) och namn: chefen loggar in först.",
    "The two PINs differ. Type the PIN again in both fields.": "PIN-koderna skiljer sig. Skriv PIN-koden igen i båda fälten.",
    "Contacting central…": "Kontaktar centralen…",
}

SV_PLURALS = {
    "Online · %n waiting (oldest %1)": ["Ansluten · %n väntar (äldsta %1)", "Ansluten · %n väntar (äldsta %1)"],
    "Offline · %n waiting (oldest %1) · last sync %2": [
        "Ingen anslutning · %n väntar (äldsta %1) · senast %2",
        "Ingen anslutning · %n väntar (äldsta %1) · senast %2",
    ],
    "%n line(s)": ["%n rad", "%n rader"],
    "%1: %2, %n line(s), %3": ["%1: %2, %n rad, %3", "%1: %2, %n rader, %3"],
    " · %n exception(s) from head office": [" · %n avvikelse från huvudkontoret", " · %n avvikelser från huvudkontoret"],
}

# Returns: "palautus" is goods coming back, "hyvitys" the money going back; Swedish "retur" and
# "återbetalning". Head office is "pääkonttori" / "huvudkontoret".
FI.update({
    "No receipt or web order %1 is known. Check the number; without a network, scan the QR code printed on the receipt.":
        "Kuittia tai verkkotilausta %1 ei tunneta. Tarkista numero; ilman verkkoyhteyttä lue kuittiin tulostettu QR-koodi.",
    "There is no %1. Check the line number.": "Ei löydy: %1. Tarkista rivin numero.",
    "%1 has been returned already in full: nothing of it can come back.":
        "%1 on jo palautettu kokonaan: siitä ei voi palauttaa enempää.",
    "Too many: %1. Lower the quantity to what can still come back.":
        "Liian monta: %1. Pienennä määrä siihen, mitä voi vielä palauttaa.",
    "The return period has passed: %1. A manager may take it back as a return without a receipt.":
        "Palautusaika on päättynyt: %1. Päällikkö voi ottaa sen vastaan palautuksena ilman kuittia.",
    "%1 cannot be returned under the chain's policy.": "Ketjun palautusehtojen mukaan tuotetta %1 ei voi palauttaa.",
    "The policy does not allow this refund: %1. Choose another way to refund.":
        "Palautusehdot eivät salli tätä hyvitystä: %1. Valitse toinen hyvitystapa.",
    "Without a connection to head office this till may refund no more: %1. A manager may approve it, or wait until the connection is back.":
        "Ilman yhteyttä pääkonttoriin kassa ei voi hyvittää enempää: %1. Päällikkö voi hyväksyä sen, tai odota yhteyden palaamista.",
    "The chain's policy takes no returns without a receipt or order number.":
        "Ketjun palautusehdot eivät salli palautuksia ilman kuittia tai tilausnumeroa.",
    "A return without a receipt refunds at most %1. Remove an item.":
        "Palautus ilman kuittia hyvittää enintään %1. Poista jokin tuote.",
    "%1 needs a manager's approval.": "%1 vaatii päällikön hyväksynnän.",
    "The receipt's code could not be read whole. Scan it again, or type the receipt number.":
        "Kuitin koodia ei saatu luettua kokonaan. Lue se uudelleen tai näppäile kuitin numero.",
    "This receipt's code is not genuine (%1): it was changed, or the till that printed it is not trusted. Do not take the return from it; call a manager.":
        "Kuitin koodi ei ole aito (%1): sitä on muutettu, tai sen tulostanut kassa ei ole luotettu. Älä ota palautusta sen perusteella; kutsu päällikkö.",
    "The payment terminal refused to refund %1 to the card. Nothing was recorded: try again or refund another way.":
        "Maksupääte ei hyvittänyt summaa %1 kortille. Mitään ei kirjattu: yritä uudelleen tai hyvitä toisella tavalla.",
    "Nothing is chosen to return: choose a line first.": "Mitään ei ole valittu palautettavaksi: valitse ensin rivi.",
    "Give a reason for %1: %2.": "Anna syy: %1 (%2).",
    "return without a receipt": "palautus ilman kuittia",
    "offline refund limit": "hyvitysraja ilman yhteyttä",
    "changed mind": "mielenmuutos",
    "wrong size": "väärä koko",
    "defective": "viallinen",
    "damaged in transit": "vahingoittunut kuljetuksessa",
    "not as described": "ei vastannut kuvausta",
    "wrong item": "väärä tuote",
    "other": "muu",
    "RETURN %1": "PALAUTUS %1",
    "Web order %1": "Verkkotilaus %1",
    "Original receipt %1": "Alkuperäinen kuitti %1",
    "Without a receipt": "Ilman kuittia",
    "Decided offline, to be confirmed": "Tehty ilman yhteyttä, vahvistetaan myöhemmin",
    "back to stock": "takaisin myyntiin",
    "damaged": "vioittunut",
    "REFUND EUR": "HYVITYS EUR",
    "To the online payment": "Verkkomaksuun",
    "The web shop pays it back (%1)": "Verkkokauppa maksaa sen takaisin (%1)",
    "Store credit": "Hyvityslahjakortti",
    "Voucher %1": "Lahjakortti %1",
    "Customer's signature": "Asiakkaan allekirjoitus",
    "a cash payment": "käteismaksua",
    "a card payment": "korttimaksua",
    "an online payment": "verkkomaksua",
    "store credit": "hyvityslahjakorttia",
    "cash": "käteisenä",
    "the card": "kortille",
    "the online payment": "verkkomaksuun",
    "%1 is not refunded to %2": "%1 ei hyvitetä %2",
    "%1 is from %2, %3 days ago, and goods come back within %4 days":
        "%1 on päivältä %2, %3 päivää sitten, ja tuotteet palautetaan %4 päivän kuluessa",
    "line %1 (%2)": "rivi %1 (%2)",
    "%1: %2 asked, %3 can come back (%4 sold, %5 returned already)":
        "%1: pyydetty %2, palautettavissa %3 (myyty %4, palautettu jo %5)",
    "a return without a receipt has no original payment; refund in cash or store credit":
        "palautuksella ilman kuittia ei ole alkuperäistä maksua; hyvitä käteisenä tai lahjakorttina",
    "line %1 on %2": "rivi %1 kuitissa tai tilauksessa %2",
    "line %1": "rivi %1",
    "a return without a receipt of %1": "palautus ilman kuittia, %1",
    "an offline refund of %1, above %2 per return": "hyvitys %1 ilman yhteyttä, yli rajan %2 palautusta kohden",
    "offline refunds of %1 today, above %2 per day": "hyvitykset ilman yhteyttä tänään %1, yli rajan %2 päivässä",
    "signed by a till head office has not told this till about": "allekirjoittanut kassa, josta pääkonttori ei ole kertonut tälle kassalle",
    "receipt %1 is signed with the key of till %2-%3": "kuitti %1 on allekirjoitettu kassan %2-%3 avaimella",
    "till %1-%2 was revoked at head office": "pääkonttori on mitätöinyt kassan %1-%2",
    "the till's certificate is not head office's": "kassan varmenne ei ole pääkonttorin myöntämä",
    "its contents do not match its signature": "sisältö ei vastaa allekirjoitusta",
    "head office cannot be reached (%1)": "pääkonttoriin ei saada yhteyttä (%1)",
    "this till is not enrolled with head office": "tätä kassaa ei ole liitetty pääkonttoriin",
    "head office's answer could not be read": "pääkonttorin vastausta ei voitu lukea",
    "head office answered %1: %2": "pääkonttori vastasi %1: %2",
    "head office has not received this sale yet": "pääkonttori ei ole vielä saanut tätä myyntiä",
})

SV.update({
    "No receipt or web order %1 is known. Check the number; without a network, scan the QR code printed on the receipt.":
        "Inget kvitto eller webbeställning %1 är känd. Kontrollera numret; utan nätverk, läs QR-koden på kvittot.",
    "There is no %1. Check the line number.": "Finns inte: %1. Kontrollera radnumret.",
    "%1 has been returned already in full: nothing of it can come back.":
        "%1 har redan returnerats helt: inget mer kan returneras.",
    "Too many: %1. Lower the quantity to what can still come back.":
        "För många: %1. Sänk antalet till det som ännu kan returneras.",
    "The return period has passed: %1. A manager may take it back as a return without a receipt.":
        "Returtiden har gått ut: %1. En chef kan ta emot den som retur utan kvitto.",
    "%1 cannot be returned under the chain's policy.": "%1 kan inte returneras enligt kedjans returvillkor.",
    "The policy does not allow this refund: %1. Choose another way to refund.":
        "Returvillkoren tillåter inte denna återbetalning: %1. Välj ett annat sätt.",
    "Without a connection to head office this till may refund no more: %1. A manager may approve it, or wait until the connection is back.":
        "Utan anslutning till huvudkontoret får kassan inte återbetala mer: %1. En chef kan godkänna det, eller vänta tills anslutningen är tillbaka.",
    "The chain's policy takes no returns without a receipt or order number.":
        "Kedjans returvillkor tillåter inga returer utan kvitto eller ordernummer.",
    "A return without a receipt refunds at most %1. Remove an item.":
        "En retur utan kvitto återbetalar högst %1. Ta bort en vara.",
    "%1 needs a manager's approval.": "%1 kräver en chefs godkännande.",
    "The receipt's code could not be read whole. Scan it again, or type the receipt number.":
        "Kvittots kod kunde inte läsas helt. Läs den igen eller skriv kvittonumret.",
    "This receipt's code is not genuine (%1): it was changed, or the till that printed it is not trusted. Do not take the return from it; call a manager.":
        "Kvittots kod är inte äkta (%1): den har ändrats, eller kassan som skrev ut den är inte betrodd. Ta inte emot returen utifrån den; kalla på en chef.",
    "The payment terminal refused to refund %1 to the card. Nothing was recorded: try again or refund another way.":
        "Betalterminalen återbetalade inte %1 till kortet. Inget registrerades: försök igen eller återbetala på annat sätt.",
    "Nothing is chosen to return: choose a line first.": "Inget är valt för retur: välj först en rad.",
    "Give a reason for %1: %2.": "Ange en orsak: %1 (%2).",
    "return without a receipt": "retur utan kvitto",
    "offline refund limit": "återbetalningsgräns utan anslutning",
    "changed mind": "ångrat köpet",
    "wrong size": "fel storlek",
    "defective": "defekt",
    "damaged in transit": "skadad under transport",
    "not as described": "motsvarade inte beskrivningen",
    "wrong item": "fel vara",
    "other": "annat",
    "RETURN %1": "RETUR %1",
    "Web order %1": "Webbeställning %1",
    "Original receipt %1": "Ursprungligt kvitto %1",
    "Without a receipt": "Utan kvitto",
    "Decided offline, to be confirmed": "Gjord utan anslutning, bekräftas senare",
    "back to stock": "tillbaka i försäljning",
    "damaged": "skadad",
    "REFUND EUR": "ÅTERBETALNING EUR",
    "To the online payment": "Till webbetalningen",
    "The web shop pays it back (%1)": "Webbutiken betalar tillbaka den (%1)",
    "Store credit": "Tillgodokvitto",
    "Voucher %1": "Presentkort %1",
    "Customer's signature": "Kundens underskrift",
    "a cash payment": "en kontantbetalning",
    "a card payment": "en kortbetalning",
    "an online payment": "en webbetalning",
    "store credit": "tillgodokvitto",
    "cash": "kontant",
    "the card": "kortet",
    "the online payment": "webbetalningen",
    "%1 is not refunded to %2": "%1 återbetalas inte till %2",
    "%1 is from %2, %3 days ago, and goods come back within %4 days":
        "%1 är från %2, för %3 dagar sedan, och varor returneras inom %4 dagar",
    "line %1 (%2)": "rad %1 (%2)",
    "%1: %2 asked, %3 can come back (%4 sold, %5 returned already)":
        "%1: %2 begärt, %3 kan returneras (%4 sålt, %5 redan returnerat)",
    "a return without a receipt has no original payment; refund in cash or store credit":
        "en retur utan kvitto har ingen ursprunglig betalning; återbetala kontant eller som tillgodokvitto",
    "line %1 on %2": "rad %1 på %2",
    "line %1": "rad %1",
    "a return without a receipt of %1": "en retur utan kvitto på %1",
    "an offline refund of %1, above %2 per return": "en återbetalning på %1 utan anslutning, över %2 per retur",
    "offline refunds of %1 today, above %2 per day": "återbetalningar på %1 utan anslutning i dag, över %2 per dag",
    "signed by a till head office has not told this till about": "signerad av en kassa som huvudkontoret inte har berättat om",
    "receipt %1 is signed with the key of till %2-%3": "kvitto %1 är signerat med nyckeln för kassa %2-%3",
    "till %1-%2 was revoked at head office": "kassa %1-%2 har spärrats av huvudkontoret",
    "the till's certificate is not head office's": "kassans certifikat är inte huvudkontorets",
    "its contents do not match its signature": "innehållet stämmer inte med signaturen",
    "head office cannot be reached (%1)": "huvudkontoret kan inte nås (%1)",
    "this till is not enrolled with head office": "kassan är inte registrerad hos huvudkontoret",
    "head office's answer could not be read": "huvudkontorets svar kunde inte läsas",
    "head office answered %1: %2": "huvudkontoret svarade %1: %2",
    "head office has not received this sale yet": "huvudkontoret har inte fått köpet ännu",
})

# The return screen.
FI.update({
    "Finish or suspend the sale first, then take the return.": "Päätä tai pysäköi myynti ensin ja ota sitten palautus.",
    "Refund %1. Return %2": "Hyvitys %1. Palautus %2",
    "Changed mind": "Mielenmuutos",
    "Wrong size": "Väärä koko",
    "Defective": "Viallinen",
    "Damaged in transit": "Vahingoittunut kuljetuksessa",
    "Not as described": "Ei vastannut kuvausta",
    "Wrong item": "Väärä tuote",
    "Other": "Muu",
    "as head office has it": "pääkonttorin tietojen mukaan",
    "from this till's own receipts": "tämän kassan omista kuiteista",
    "from the receipt's code": "kuitin koodista",
    "from the web orders this till keeps": "kassan tallentamista verkkotilauksista",
    "Scan the receipt's QR code, or type a receipt or web order number":
        "Lue kuitin QR-koodi tai näppäile kuitin tai verkkotilauksen numero",
    "Line": "Rivi",
    "Sold": "Myyty",
    "Returned": "Palautettu",
    "Can return": "Palautettavissa",
    "Paid": "Maksettu",
    "Quantity": "Määrä",
    "Refund": "Hyvitys",
    "Reason": "Syy",
    "Goes to": "Minne",
    "Quantity (all)": "Määrä (kaikki)",
    "Back to stock": "Takaisin myyntiin",
    "Damaged, set aside": "Vioittunut, sivuun",
    "Find\nEnter": "Hae\nEnter",
    "Take back\nF4": "Palauta\nF4",
    "No receipt\nF3": "Ei kuittia\nF3",
    "Remove line\nF8": "Poista rivi\nF8",
    "Cash\nF9": "Käteinen\nF9",
    "Store credit\nF10": "Lahjakortti\nF10",
    "Cancel\nEsc": "Peruuta\nEsc",
    "Refund as paid\nF12": "Hyvitä kuten maksettu\nF12",
    "Return": "Palautus",
    "not enrolled": "ei liitetty",
    "the receipt's code is checked; head office is not asked": "kuitin koodi on tarkistettu; pääkonttorilta ei kysytä",
    "this till runs without head office": "kassa toimii ilman pääkonttoria",
    "Asking head office about %1…": "Kysytään pääkonttorilta: %1…",
    "%1 · %2": "%1 · %2",
    "Offline (%1): decided under the offline rules, confirmed once head office has it.":
        "Ei yhteyttä (%1): ratkaistaan ilman yhteyttä -sääntöjen mukaan ja vahvistetaan, kun pääkonttori saa sen.",
    "Without a receipt: scan the items. A manager approves the return.":
        "Ilman kuittia: lue tuotteet. Päällikkö hyväksyy palautuksen.",
    "Head office is holding the items for this return…": "Pääkonttori varaa tuotteet tälle palautukselle…",
    "Head office was lost (%1): decided under the offline rules.":
        "Yhteys pääkonttoriin katkesi (%1): ratkaistaan ilman yhteyttä -sääntöjen mukaan.",
    "Waiting for the payment terminal…": "Odotetaan maksupäätettä…",
    "Refund %1": "Hyvitys %1",
    "Returns\nF5": "Palautus\nF5",
})

SV.update({
    "Finish or suspend the sale first, then take the return.": "Slutför eller parkera köpet först och ta sedan emot returen.",
    "Refund %1. Return %2": "Återbetalning %1. Retur %2",
    "Changed mind": "Ångrat köpet",
    "Wrong size": "Fel storlek",
    "Defective": "Defekt",
    "Damaged in transit": "Skadad under transport",
    "Not as described": "Motsvarade inte beskrivningen",
    "Wrong item": "Fel vara",
    "Other": "Annat",
    "as head office has it": "enligt huvudkontoret",
    "from this till's own receipts": "från kassans egna kvitton",
    "from the receipt's code": "från kvittots kod",
    "from the web orders this till keeps": "från webbeställningarna kassan har",
    "Scan the receipt's QR code, or type a receipt or web order number":
        "Läs kvittots QR-kod eller skriv kvitto- eller webbeställningsnumret",
    "Line": "Rad",
    "Sold": "Sålt",
    "Returned": "Returnerat",
    "Can return": "Kan returneras",
    "Paid": "Betalt",
    "Quantity": "Antal",
    "Refund": "Återbetalning",
    "Reason": "Orsak",
    "Goes to": "Vart",
    "Quantity (all)": "Antal (allt)",
    "Back to stock": "Tillbaka i försäljning",
    "Damaged, set aside": "Skadad, åt sidan",
    "Find\nEnter": "Sök\nEnter",
    "Take back\nF4": "Returnera\nF4",
    "No receipt\nF3": "Utan kvitto\nF3",
    "Remove line\nF8": "Ta bort rad\nF8",
    "Cash\nF9": "Kontant\nF9",
    "Store credit\nF10": "Tillgodokvitto\nF10",
    "Cancel\nEsc": "Avbryt\nEsc",
    "Refund as paid\nF12": "Återbetala som betalt\nF12",
    "Return": "Retur",
    "not enrolled": "inte registrerad",
    "the receipt's code is checked; head office is not asked": "kvittots kod är kontrollerad; huvudkontoret tillfrågas inte",
    "this till runs without head office": "kassan körs utan huvudkontor",
    "Asking head office about %1…": "Frågar huvudkontoret om %1…",
    "%1 · %2": "%1 · %2",
    "Offline (%1): decided under the offline rules, confirmed once head office has it.":
        "Ingen anslutning (%1): avgörs enligt reglerna utan anslutning och bekräftas när huvudkontoret har fått den.",
    "Without a receipt: scan the items. A manager approves the return.":
        "Utan kvitto: läs varorna. En chef godkänner returen.",
    "Head office is holding the items for this return…": "Huvudkontoret reserverar varorna för returen…",
    "Head office was lost (%1): decided under the offline rules.":
        "Anslutningen till huvudkontoret bröts (%1): avgörs enligt reglerna utan anslutning.",
    "Waiting for the payment terminal…": "Väntar på betalterminalen…",
    "Refund %1": "Återbetalning %1",
    "Returns\nF5": "Retur\nF5",
})

# Store-credit vouchers as a tender, exchanges, the payment screen's waiting.
FI.update({
    "There is no voucher %1. Check the number printed under its barcode.":
        "Lahjakorttia %1 ei ole. Tarkista viivakoodin alle painettu numero.",
    "Voucher %1 has been spent in full: nothing is left on it.":
        "Lahjakortti %1 on käytetty kokonaan: sillä ei ole saldoa jäljellä.",
    "The voucher holds less: %1. Take what is left on it and pay the rest another way.":
        "Lahjakortilla on vähemmän: %1. Käytä sen saldo ja maksa loput muulla tavalla.",
    "Voucher %1 cannot be checked without a connection to head office: it is not among the vouchers this till has been sent. Take another payment, or wait until the connection is back.":
        "Lahjakorttia %1 ei voi tarkistaa ilman yhteyttä keskukseen: sitä ei ole tälle kassalle "
        "lähetettyjen lahjakorttien joukossa. Ota maksu muulla tavalla tai odota yhteyden palaamista.",
    "Towards the new items": "Uusien tuotteiden maksuun",
    "Exchange credit %1": "Vaihtohyvitys %1",
    "Amount given (empty = exact), or scan a voucher": "Annettu summa (tyhjä = tasan) tai lue lahjakortti",
    "Voucher\nF4": "Lahjakortti\nF4",
    "Voucher %1 %2": "Lahjakortti %1 %2",
    " (offline)": " (ilman yhteyttä)",
    "Scan the voucher's barcode, or type its number (SC-…) and press Enter":
        "Lue lahjakortin viivakoodi tai kirjoita sen numero (SC-…) ja paina Enter",
    "Waiting for the payment terminal: %1…": "Odotetaan maksupäätettä: %1…",
    "Head office has confirmed this return.": "Keskus on vahvistanut tämän palautuksen.",
    "Decided offline: head office has not confirmed this return yet.":
        "Ratkaistu ilman yhteyttä: keskus ei ole vielä vahvistanut tätä palautusta.",
    "Held by head office: confirmed when the return reaches it.":
        "Keskus on varannut tuotteet: palautus vahvistuu, kun se saapuu keskukseen.",
    "Scan the voucher that pays %1, or type its number (SC-…) and press Enter":
        "Lue lahjakortti, jolla maksetaan %1, tai kirjoita sen numero (SC-…) ja paina Enter",
    "Asking head office about voucher %1…": "Kysytään keskukselta lahjakorttia %1…",
    "Exchange: the new items (%1) are paid first from what comes back; only the rest is refunded":
        "Vaihto: palautettavat tuotteet maksavat ensin uudet tuotteet (%1); vain loppu hyvitetään",
    "Back %1 · towards the new items %2 · refund %3": "Palautus %1 · uusiin tuotteisiin %2 · hyvitys %3",
})

SV.update({
    "There is no voucher %1. Check the number printed under its barcode.":
        "Presentkort %1 finns inte. Kontrollera numret under streckkoden.",
    "Voucher %1 has been spent in full: nothing is left on it.":
        "Presentkort %1 är helt förbrukat: inget saldo finns kvar.",
    "The voucher holds less: %1. Take what is left on it and pay the rest another way.":
        "Presentkortet har mindre: %1. Använd det som finns kvar och betala resten på annat sätt.",
    "Voucher %1 cannot be checked without a connection to head office: it is not among the vouchers this till has been sent. Take another payment, or wait until the connection is back.":
        "Presentkort %1 kan inte kontrolleras utan anslutning till huvudkontoret: det finns inte bland "
        "de presentkort kassan har fått. Ta betalt på annat sätt eller vänta tills anslutningen är tillbaka.",
    "Towards the new items": "Till de nya varorna",
    "Exchange credit %1": "Bytesbelopp %1",
    "Amount given (empty = exact), or scan a voucher": "Givet belopp (tomt = jämnt) eller läs ett presentkort",
    "Voucher\nF4": "Presentkort\nF4",
    "Voucher %1 %2": "Presentkort %1 %2",
    " (offline)": " (utan anslutning)",
    "Scan the voucher's barcode, or type its number (SC-…) and press Enter":
        "Läs presentkortets streckkod eller skriv dess nummer (SC-…) och tryck Enter",
    "Waiting for the payment terminal: %1…": "Väntar på betalterminalen: %1…",
    "Head office has confirmed this return.": "Huvudkontoret har bekräftat denna retur.",
    "Decided offline: head office has not confirmed this return yet.":
        "Avgjord utan anslutning: huvudkontoret har inte bekräftat denna retur än.",
    "Held by head office: confirmed when the return reaches it.":
        "Reserverad hos huvudkontoret: bekräftas när returen når dit.",
    "Scan the voucher that pays %1, or type its number (SC-…) and press Enter":
        "Läs presentkortet som betalar %1, eller skriv dess nummer (SC-…) och tryck Enter",
    "Asking head office about voucher %1…": "Frågar huvudkontoret om presentkort %1…",
    "Exchange: the new items (%1) are paid first from what comes back; only the rest is refunded":
        "Byte: de returnerade varorna betalar först de nya varorna (%1); bara resten återbetalas",
    "Back %1 · towards the new items %2 · refund %3": "Tillbaka %1 · till nya varor %2 · återbetalning %3",
})

# The product lookup screen.
FI.update({
    "Name, brand, part of a word, SKU or barcode": "Nimi, merkki, sanan osa, tuotekoodi tai viivakoodi",
    "Brand": "Merkki",
    "SKU": "Tuotekoodi",
    "Add to basket\nF4": "Koriin\nF4",
    "Back to the sale\nEsc": "Takaisin myyntiin\nEsc",
    "Find a product": "Etsi tuote",
    "Type to search.": "Kirjoita hakusana.",
    " /kg": " /kg",
    "Type a second letter.": "Kirjoita toinen kirjain.",
    'Nothing found for "%1".': "Haulla \"%1\" ei löytynyt mitään.",
    "The first %1 products: type more to narrow.": "Ensimmäiset %1 tuotetta: tarkenna hakua.",
    "Choose a product first.": "Valitse ensin tuote.",
    "Find product\nF3": "Etsi tuote\nF3",
})
FI_PLURALS.update({"%n product(s)": ["%n tuote", "%n tuotetta"]})
EN_PLURALS.update({"%n product(s)": ["%n product", "%n products"]})

SV.update({
    "Name, brand, part of a word, SKU or barcode": "Namn, märke, del av ett ord, artikelnummer eller streckkod",
    "Brand": "Märke",
    "SKU": "Artikelnummer",
    "Add to basket\nF4": "Till korgen\nF4",
    "Back to the sale\nEsc": "Tillbaka till köpet\nEsc",
    "Find a product": "Sök en produkt",
    "Type to search.": "Skriv för att söka.",
    " /kg": " /kg",
    "Type a second letter.": "Skriv en bokstav till.",
    'Nothing found for "%1".': "Inget hittades för \"%1\".",
    "The first %1 products: type more to narrow.": "De första %1 produkterna: skriv mer för att begränsa.",
    "Choose a product first.": "Välj en produkt först.",
    "Find product\nF3": "Sök produkt\nF3",
})
SV_PLURALS.update({"%n product(s)": ["%n produkt", "%n produkter"]})


# Stock: the stock desk's refusals, the product card.
FI.update({
    "There is no store %1 that this till knows of. Check the store number, or sync with head office first.":
        "Myymälää %1 ei tunneta tällä kassalla. Tarkista myymälän numero tai synkronoi ensin pääkonttorin kanssa.",
    "%1 has been received at this till already: it is not counted twice.":
        "%1 on jo vastaanotettu tällä kassalla: sitä ei lasketa kahdesti.",
    "Give %1.": "Anna %1.",
    "Head office has not sent delivery %1 to this store. Check the number on the delivery note, sync with head office, or receive the goods without a delivery.":
        "Pääkonttori ei ole lähettänyt toimitusta %1 tähän myymälään. Tarkista lähetteen numero, synkronoi pääkonttorin kanssa tai vastaanota tavarat ilman toimitusta.",
    "%1 is not on this delivery. Receive it separately, without the delivery, and tell head office.":
        "%1 ei ole tässä toimituksessa. Vastaanota se erikseen ilman toimitusta ja kerro pääkonttorille.",
    "the reason: %1": "syy: %1",
    "the store the goods go to": "myymälä, johon tavarat lähtevät",
    "the transfer's number from its papers (ST-…)": "siirron numero sen papereista (ST-…)",
    "Transfer %1 (%2)": "Siirto %1 (%2)",
    "Delivery %1 (%2)": "Toimitus %1 (%2)",
    "a count time that has come already": "laskenta-aika, joka on jo mennyt",
    "at least one item": "vähintään yksi tuote",
    "Back\nEsc": "Takaisin\nEsc",
    "Product card\nF2": "Tuotekortti\nF2",
    "Product card: F4 adds the product (or the variant chosen), Esc goes back.":
        "Tuotekortti: F4 lisää tuotteen (tai valitun muunnelman) koriin, Esc palaa.",
    "Location": "Sijainti",
    "On hand": "Saldo",
    "Figure from": "Luku ajalta",
    "Not yet at head office": "Ei vielä pääkonttorissa",
    "%1 (%2)": "%1 (%2)",
    "%1, price book %2 until %3 (own price %4)": "%1, hinnasto %2 %3 asti (oma hinta %4)",
    "%1, price book %2 (own price %3)": "%1, hinnasto %2 (oma hinta %3)",
    "Price: %1": "Hinta: %1",
    "VAT %1: no rate known today": "ALV %1: verokantaa ei tiedetä tänään",
    "VAT %1: %2 %": "ALV %1: %2 %",
    "SKU %1, codes %2": "Tuotekoodi %1, viivakoodit %2",
    "%1: %2": "%1: %2",
    "Variants of %1, stock in this store (arrows choose)": "Mallin %1 muunnelmat, saldo tässä myymälässä (nuolet valitsevat)",
    "Web warehouse": "Verkkokaupan varasto",
    "%1 (this store)": "%1 (tämä myymälä)",
    "unknown": "ei tiedossa",
    "not yet synced": "ei vielä synkronoitu",
})
FI_PLURALS.update({
    "%n movement(s), a count of %1": ["%n tapahtuma, laskettu %1", "%n tapahtumaa, laskettu %1"],
    "%n movement(s): %1": ["%n tapahtuma: %1", "%n tapahtumaa: %1"],
})
EN_PLURALS.update({
    "%n movement(s), a count of %1": ["%n movement, a count of %1", "%n movements, a count of %1"],
    "%n movement(s): %1": ["%n movement: %1", "%n movements: %1"],
})
SV.update({
    "There is no store %1 that this till knows of. Check the store number, or sync with head office first.":
        "Butiken %1 är okänd för den här kassan. Kontrollera butiksnumret eller synkronisera med huvudkontoret först.",
    "%1 has been received at this till already: it is not counted twice.":
        "%1 har redan tagits emot vid den här kassan: den räknas inte två gånger.",
    "Give %1.": "Ange %1.",
    "Head office has not sent delivery %1 to this store. Check the number on the delivery note, sync with head office, or receive the goods without a delivery.":
        "Huvudkontoret har inte skickat leveransen %1 till den här butiken. Kontrollera numret på följesedeln, synkronisera med huvudkontoret eller ta emot varorna utan leverans.",
    "%1 is not on this delivery. Receive it separately, without the delivery, and tell head office.":
        "%1 finns inte i den här leveransen. Ta emot den separat, utan leveransen, och meddela huvudkontoret.",
    "the reason: %1": "orsaken: %1",
    "the store the goods go to": "butiken som varorna går till",
    "the transfer's number from its papers (ST-…)": "överföringens nummer från dess papper (ST-…)",
    "Transfer %1 (%2)": "Överföring %1 (%2)",
    "Delivery %1 (%2)": "Leverans %1 (%2)",
    "a count time that has come already": "en inventeringstid som redan har varit",
    "at least one item": "minst en artikel",
    "Back\nEsc": "Tillbaka\nEsc",
    "Product card\nF2": "Produktkort\nF2",
    "Product card: F4 adds the product (or the variant chosen), Esc goes back.":
        "Produktkort: F4 lägger produkten (eller vald variant) i korgen, Esc går tillbaka.",
    "Location": "Plats",
    "On hand": "I lager",
    "Figure from": "Siffran från",
    "Not yet at head office": "Ännu inte hos huvudkontoret",
    "%1 (%2)": "%1 (%2)",
    "%1, price book %2 until %3 (own price %4)": "%1, prislista %2 till %3 (eget pris %4)",
    "%1, price book %2 (own price %3)": "%1, prislista %2 (eget pris %3)",
    "Price: %1": "Pris: %1",
    "VAT %1: no rate known today": "Moms %1: ingen skattesats känd i dag",
    "VAT %1: %2 %": "Moms %1: %2 %",
    "SKU %1, codes %2": "Artikelnummer %1, koder %2",
    "%1: %2": "%1: %2",
    "Variants of %1, stock in this store (arrows choose)": "Varianter av %1, lager i den här butiken (pilarna väljer)",
    "Web warehouse": "Webbutikens lager",
    "%1 (this store)": "%1 (den här butiken)",
    "unknown": "okänt",
    "not yet synced": "ännu inte synkroniserad",
})
SV_PLURALS.update({
    "%n movement(s), a count of %1": ["%n händelse, en inventering på %1", "%n händelser, en inventering på %1"],
    "%n movement(s): %1": ["%n händelse: %1", "%n händelser: %1"],
})


# The stock screen.
FI.update({
    "Stock\nF2": "Varasto\nF2",
    "Scan an item, or type a number and press F4 for the chosen line's quantity":
        "Lue tuote, tai kirjoita luku ja paina F4 valitun rivin määräksi",
    "On the delivery": "Toimituksessa",
    "aisle 4, back room …": "käytävä 4, takavarasto …",
    "Damaged (out)": "Vaurioitunut (pois)",
    "Shrink (out)": "Hävikki (pois)",
    "Found (in)": "Löytynyt (sisään)",
    "ST-002-01-000004, from the transfer's papers": "ST-002-01-000004, siirron papereista",
    "Delivery": "Toimitus",
    "Area counted": "Laskettu alue",
    "To store": "Myymälään",
    "Transfer number": "Siirron numero",
    "Goods received\nF5": "Vastaanotto\nF5",
    "Count\nF6": "Inventaario\nF6",
    "Adjust\nF7": "Korjaus\nF7",
    "Transfer out\nF8": "Siirto ulos\nF8",
    "Transfer in\nF9": "Siirto sisään\nF9",
    "Remove line\nF3": "Poista rivi\nF3",
    "Record\nF12": "Kirjaa\nF12",
    "None: goods received freely": "Ei toimitusta: vapaa vastaanotto",
    "Goods received": "Tavaran vastaanotto",
    "Count sheet": "Inventaariolista",
    "Stock adjustment": "Saldon korjaus",
    "Transfer out to another store": "Siirto toiseen myymälään",
    "Transfer in from another store": "Siirto toisesta myymälästä",
    "(not in this till's catalog)": "(ei tämän kassan tuoterekisterissä)",
    "Scan an item first, then type its quantity and press F4.": "Lue ensin tuote, kirjoita sitten määrä ja paina F4.",
    " (store %1)": " (myymälä %1)",
})
FI_PLURALS.update({
    "%1 · %n line(s)": ["%1 · %n rivi", "%1 · %n riviä"],
    "Recorded %1%2: %n line(s). Head office gets it with the next sync.":
        ["Kirjattu %1%2: %n rivi. Pääkonttori saa sen seuraavassa synkronoinnissa.",
         "Kirjattu %1%2: %n riviä. Pääkonttori saa sen seuraavassa synkronoinnissa."],
})
EN_PLURALS.update({
    "%1 · %n line(s)": ["%1 · %n line", "%1 · %n lines"],
    "Recorded %1%2: %n line(s). Head office gets it with the next sync.":
        ["Recorded %1%2: %n line. Head office gets it with the next sync.",
         "Recorded %1%2: %n lines. Head office gets it with the next sync."],
})
SV.update({
    "Stock\nF2": "Lager\nF2",
    "Scan an item, or type a number and press F4 for the chosen line's quantity":
        "Läs in en artikel, eller skriv ett tal och tryck F4 för vald rads antal",
    "On the delivery": "I leveransen",
    "aisle 4, back room …": "gång 4, lagerrum …",
    "Damaged (out)": "Skadad (ut)",
    "Shrink (out)": "Svinn (ut)",
    "Found (in)": "Hittad (in)",
    "ST-002-01-000004, from the transfer's papers": "ST-002-01-000004, från överföringens papper",
    "Delivery": "Leverans",
    "Area counted": "Inventerat område",
    "To store": "Till butik",
    "Transfer number": "Överföringens nummer",
    "Goods received\nF5": "Varumottagning\nF5",
    "Count\nF6": "Inventering\nF6",
    "Adjust\nF7": "Justering\nF7",
    "Transfer out\nF8": "Överföring ut\nF8",
    "Transfer in\nF9": "Överföring in\nF9",
    "Remove line\nF3": "Ta bort rad\nF3",
    "Record\nF12": "Bokför\nF12",
    "None: goods received freely": "Ingen: fri varumottagning",
    "Goods received": "Varumottagning",
    "Count sheet": "Inventeringslista",
    "Stock adjustment": "Lagerjustering",
    "Transfer out to another store": "Överföring till en annan butik",
    "Transfer in from another store": "Överföring från en annan butik",
    "(not in this till's catalog)": "(inte i den här kassans sortiment)",
    "Scan an item first, then type its quantity and press F4.": "Läs in en artikel först, skriv sedan antalet och tryck F4.",
    " (store %1)": " (butik %1)",
})
SV_PLURALS.update({
    "%1 · %n line(s)": ["%1 · %n rad", "%1 · %n rader"],
    "Recorded %1%2: %n line(s). Head office gets it with the next sync.":
        ["Bokfört %1%2: %n rad. Huvudkontoret får det vid nästa synkronisering.",
         "Bokfört %1%2: %n rader. Huvudkontoret får det vid nästa synkronisering."],
})

# Stock at every location, asked online.
FI.update({
    "Head office cannot be asked now (%1). The figures shown are those this till has, each with its time.":
        "Pääkonttorilta ei voi nyt kysyä (%1). Näytetyt luvut ovat tämän kassan tiedot, kukin aikaleimoineen.",
    "Every store, online\nF6": "Kaikki myymälät, verkossa\nF6",
    "Asking head office for every store's stock …": "Kysytään pääkonttorilta kaikkien myymälöiden saldoja …",
    "Every store's stock, as head office has it now.": "Kaikkien myymälöiden saldot pääkonttorin tietojen mukaan nyt.",
})
SV.update({
    "Head office cannot be asked now (%1). The figures shown are those this till has, each with its time.":
        "Huvudkontoret kan inte frågas nu (%1). Siffrorna som visas är den här kassans, var och en med sin tid.",
    "Every store, online\nF6": "Alla butiker, online\nF6",
    "Asking head office for every store's stock …": "Frågar huvudkontoret om alla butikers lager …",
    "Every store's stock, as head office has it now.": "Alla butikers lager, som huvudkontoret har det nu.",
})

# Customers.
FI.update({
    "This loyalty card belongs to %1 already. Give the customer a new card, or find %1 instead.":
        "Tämä kanta-asiakaskortti kuuluu jo asiakkaalle %1. Anna asiakkaalle uusi kortti tai hae %1.",
})
SV.update({
    "This loyalty card belongs to %1 already. Give the customer a new card, or find %1 instead.":
        "Det här stamkundskortet tillhör redan %1. Ge kunden ett nytt kort, eller sök fram %1.",
})
FI.update({
    "This till has no customer %1: head office may have erased them at the customer's request. Search for the "
    "customer again.":
        "Tällä kassalla ei ole asiakasta %1: pääkonttori on voinut poistaa asiakkaan tiedot tämän pyynnöstä. Hae "
        "asiakas uudelleen.",
})
SV.update({
    "This till has no customer %1: head office may have erased them at the customer's request. Search for the "
    "customer again.":
        "Den här kassan har ingen kund %1: huvudkontoret kan ha raderat kunden på kundens begäran. Sök fram kunden "
        "igen.",
})

FI.update({
    "Loyalty points %1": "Kanta-asiakaspisteet %1",
    "Loyalty card ***%1": "Kanta-asiakaskortti ***%1",
    "Points earned": "Ansaitut pisteet",
    "Points used": "Käytetyt pisteet",
    "Points balance": "Pistesaldo",
    "Loyalty points taken back": "Peruutetut pisteet",
    "Points are paid only by a member of the loyalty programme (%1). Scan the customer's loyalty card first.":
        "Pisteillä maksaa vain kanta-asiakas (%1). Lue ensin asiakkaan kanta-asiakaskortti.",
    "The customer has %1 points to use. Pay the rest another way.":
        "Asiakkaalla on käytettävissä %1 pistettä. Maksa loput muulla tavalla.",
    "Points are used %1 or more at a time.": "Pisteitä käytetään vähintään %1 kerrallaan.",
    "The customer's points pay part of this sale: the customer cannot be changed now. Cancel the payment first.":
        "Asiakkaan pisteillä on maksettu osa tästä ostoksesta: asiakasta ei voi nyt vaihtaa. Peru ensin maksu.",
})
SV.update({
    "Loyalty points %1": "Bonuspoäng %1",
    "Loyalty card ***%1": "Stamkundskort ***%1",
    "Points earned": "Intjänade poäng",
    "Points used": "Använda poäng",
    "Points balance": "Poängsaldo",
    "Loyalty points taken back": "Återtagna poäng",
    "Points are paid only by a member of the loyalty programme (%1). Scan the customer's loyalty card first.":
        "Endast stamkunder betalar med poäng (%1). Läs först kundens stamkundskort.",
    "The customer has %1 points to use. Pay the rest another way.":
        "Kunden har %1 poäng att använda. Betala resten på annat sätt.",
    "Points are used %1 or more at a time.": "Poäng används minst %1 åt gången.",
    "The customer's points pay part of this sale: the customer cannot be changed now. Cancel the payment first.":
        "Kundens poäng betalar en del av köpet: kunden kan inte bytas nu. Avbryt betalningen först.",
})

FI.update({
    "Agrees to marketing by e-mail": "Suostuu sähköpostimarkkinointiin",
    "Agrees to marketing by text message": "Suostuu tekstiviestimarkkinointiin",
    "For this sale\nF4": "Tähän ostokseen\nF4",
    "Add a note\nF7": "Lisää muistiinpano\nF7",
    "New customer\nF3": "Uusi asiakas\nF3",
    "Save\nF12": "Tallenna\nF12",
    "Name, phone number, e-mail address or loyalty card": "Nimi, puhelinnumero, sähköposti tai kanta-asiakaskortti",
    "Name": "Nimi",
    "Phone": "Puhelin",
    "E-mail": "Sähköposti",
    "Loyalty card": "Kanta-asiakaskortti",
    "Date": "Päivä",
    "What": "Mitä",
    "Receipt or order": "Kuitti tai tilaus",
    "Store": "Myymälä",
    "A note for colleagues (Enter saves)": "Muistiinpano kollegoille (Enter tallentaa)",
    "Purchases": "Ostot",
    "Ask the customer about each consent: an unticked box is recorded as declined, with this till and the time.":
        "Kysy asiakkaalta kumpikin suostumus: tyhjä ruutu kirjataan kieltäytymiseksi tämän kassan ja ajan kanssa.",
    "Customers": "Asiakkaat",
    "Type to search, or scan the loyalty card.": "Kirjoita hakusana tai lue kanta-asiakaskortti.",
    "Nothing found for \"%1\". F3 records a new customer.": "Haulla \"%1\" ei löytynyt mitään. F3 tallentaa uuden asiakkaan.",
    "The first %1 customers: type more to narrow.": "Ensimmäiset %1 asiakasta: tarkenna hakua.",
    "Choose a customer first.": "Valitse ensin asiakas.",
    "F4 makes this the sale's customer, F7 adds a note, Esc goes back.":
        "F4 liittää asiakkaan ostokseen, F7 lisää muistiinpanon, Esc palaa.",
    "not asked": "ei kysytty",
    "in the web shop": "verkkokaupassa",
    "in store %1": "myymälässä %1",
    "given %1 %2": "annettu %1 %2",
    "declined %1 %2": "kieltäytyi %1 %2",
    "Loyalty card %1": "Kanta-asiakaskortti %1",
    "Not a loyalty member": "Ei kanta-asiakas",
    "E-mail marketing: %1": "Sähköpostimarkkinointi: %1",
    "Text messages: %1": "Tekstiviestit: %1",
    "Sizes: %1": "Koot: %1",
    "Brands: %1": "Merkit: %1",
    "Notes": "Muistiinpanot",
    "Web order": "Verkkotilaus",
    "Purchase": "Osto",
    "Customer: %1": "Asiakas: %1",
    "Write the note and press Enter.": "Kirjoita muistiinpano ja paina Enter.",
    "Note saved.": "Muistiinpano tallennettu.",
    "A name and a phone number, e-mail address or loyalty card. F12 saves.":
        "Nimi sekä puhelinnumero, sähköposti tai kanta-asiakaskortti. F12 tallentaa.",
    "%1 saved. F4 makes them the sale's customer.": "%1 tallennettu. F4 liittää asiakkaan ostokseen.",
    "Customer\nF1": "Asiakas\nF1",
})
SV.update({
    "Agrees to marketing by e-mail": "Samtycker till marknadsföring per e-post",
    "Agrees to marketing by text message": "Samtycker till marknadsföring per sms",
    "For this sale\nF4": "Till detta köp\nF4",
    "Add a note\nF7": "Lägg till anteckning\nF7",
    "New customer\nF3": "Ny kund\nF3",
    "Save\nF12": "Spara\nF12",
    "Name, phone number, e-mail address or loyalty card": "Namn, telefonnummer, e-post eller stamkundskort",
    "Name": "Namn",
    "Phone": "Telefon",
    "E-mail": "E-post",
    "Loyalty card": "Stamkundskort",
    "Date": "Datum",
    "What": "Vad",
    "Receipt or order": "Kvitto eller order",
    "Store": "Butik",
    "A note for colleagues (Enter saves)": "En anteckning för kollegerna (Enter sparar)",
    "Purchases": "Köp",
    "Ask the customer about each consent: an unticked box is recorded as declined, with this till and the time.":
        "Fråga kunden om båda samtyckena: en tom ruta registreras som nekat, med denna kassa och tiden.",
    "Customers": "Kunder",
    "Type to search, or scan the loyalty card.": "Skriv för att söka, eller läs stamkundskortet.",
    "Nothing found for \"%1\". F3 records a new customer.": "Inget hittades för \"%1\". F3 registrerar en ny kund.",
    "The first %1 customers: type more to narrow.": "De första %1 kunderna: skriv mer för att avgränsa.",
    "Choose a customer first.": "Välj först en kund.",
    "F4 makes this the sale's customer, F7 adds a note, Esc goes back.":
        "F4 kopplar kunden till köpet, F7 lägger till en anteckning, Esc går tillbaka.",
    "not asked": "inte tillfrågad",
    "in the web shop": "i webbutiken",
    "in store %1": "i butik %1",
    "given %1 %2": "givet %1 %2",
    "declined %1 %2": "nekat %1 %2",
    "Loyalty card %1": "Stamkundskort %1",
    "Not a loyalty member": "Inte stamkund",
    "E-mail marketing: %1": "Marknadsföring per e-post: %1",
    "Text messages: %1": "Sms: %1",
    "Sizes: %1": "Storlekar: %1",
    "Brands: %1": "Märken: %1",
    "Notes": "Anteckningar",
    "Web order": "Webborder",
    "Purchase": "Köp",
    "Customer: %1": "Kund: %1",
    "Write the note and press Enter.": "Skriv anteckningen och tryck Enter.",
    "Note saved.": "Anteckningen sparad.",
    "A name and a phone number, e-mail address or loyalty card. F12 saves.":
        "Ett namn och ett telefonnummer, en e-postadress eller ett stamkundskort. F12 sparar.",
    "%1 saved. F4 makes them the sale's customer.": "%1 sparad. F4 kopplar kunden till köpet.",
    "Customer\nF1": "Kund\nF1",
})
FI_PLURALS.update({
    "%n customer(s): Enter opens the one chosen.": ["%n asiakas: Enter avaa valitun.", "%n asiakasta: Enter avaa valitun."],
    "%n point(s)": ["%n piste", "%n pistettä"],
})
SV_PLURALS.update({
    "%n customer(s): Enter opens the one chosen.": ["%n kund: Enter öppnar den valda.", "%n kunder: Enter öppnar den valda."],
    "%n point(s)": ["%n poäng", "%n poäng"],
})
EN_PLURALS.update({
    "%n customer(s): Enter opens the one chosen.": ["%n customer: Enter opens the one chosen.",
                                                     "%n customers: Enter opens the one chosen."],
    "%n point(s)": ["%n point", "%n points"],
})

FI.update({
    "Points %1\nF6": "Pisteet %1\nF6",
    "Type the number of points as a whole number, or nothing to use as many as pay the rest.":
        "Kirjoita pisteiden määrä kokonaislukuna, tai jätä tyhjäksi, niin pisteillä maksetaan loput niin pitkälle kuin riittää.",
})
SV.update({
    "Points %1\nF6": "Poäng %1\nF6",
    "Type the number of points as a whole number, or nothing to use as many as pay the rest.":
        "Skriv antalet poäng som ett heltal, eller inget för att betala resten med poäng så långt de räcker.",
})
FI_PLURALS.update({
    "%n loyalty point(s) %1": ["%n kanta-asiakaspiste %1", "%n kanta-asiakaspistettä %1"],
})
SV_PLURALS.update({
    "%n loyalty point(s) %1": ["%n bonuspoäng %1", "%n bonuspoäng %1"],
})
EN_PLURALS.update({
    "%n loyalty point(s) %1": ["%n loyalty point %1", "%n loyalty points %1"],
})

FI.update({
    "Purchases in every store and the web shop, as head office has them now.":
        "Ostot kaikista myymälöistä ja verkkokaupasta pääkonttorin tietojen mukaan nyt.",
})
SV.update({
    "Purchases in every store and the web shop, as head office has them now.":
        "Köp i alla butiker och i webbutiken, som huvudkontoret har dem nu.",
})

FI.update({
    "Return from it\nF5": "Palauta siitä\nF5",
    "Sizes and brands\nF6": "Koot ja merkit\nF6",
    "Sizes, separated by commas: M, 38": "Koot pilkuin erotettuina: M, 38",
    "Brands, separated by commas (Enter saves both)": "Merkit pilkuin erotettuina (Enter tallentaa molemmat)",
    "Choose a purchase or a web order in the history first.": "Valitse ensin osto tai verkkotilaus historiasta.",
    "The sizes and brands the customer likes; Enter saves.": "Asiakkaan suosimat koot ja merkit; Enter tallentaa.",
    "Sizes and brands saved.": "Koot ja merkit tallennettu.",
})
SV.update({
    "Return from it\nF5": "Returnera från det\nF5",
    "Sizes and brands\nF6": "Storlekar och märken\nF6",
    "Sizes, separated by commas: M, 38": "Storlekar, åtskilda med komman: M, 38",
    "Brands, separated by commas (Enter saves both)": "Märken, åtskilda med komman (Enter sparar båda)",
    "Choose a purchase or a web order in the history first.": "Välj först ett köp eller en webborder i historiken.",
    "The sizes and brands the customer likes; Enter saves.": "De storlekar och märken kunden gillar; Enter sparar.",
    "Sizes and brands saved.": "Storlekar och märken sparade.",
})

FI.update({
    "Purchases as this till last knew them: head office cannot be asked now (%1).":
        "Ostot sellaisina kuin tämä kassa ne viimeksi tiesi: pääkonttorilta ei voi nyt kysyä (%1).",
})
SV.update({
    "Purchases as this till last knew them: head office cannot be asked now (%1).":
        "Köpen som den här kassan senast kände till dem: huvudkontoret kan inte tillfrågas nu (%1).",
})

FI.update({
    "Suggested": "Ehdotus",
    "Web": "Verkko",
    "Goes with what they bought": "Sopii ostetun kanssa",
    "Suggestions: what customers who bought the same also bought":
        "Ehdotukset: mitä samaa ostaneet asiakkaat ostivat myös",
    "No suggestions yet: head office computes them from the purchases of all customers.":
        "Ei vielä ehdotuksia: pääkonttori laskee ne kaikkien asiakkaiden ostoista.",
})
SV.update({
    "Suggested": "Förslag",
    "Web": "Webb",
    "Goes with what they bought": "Passar till det som köpts",
    "Suggestions: what customers who bought the same also bought":
        "Förslag: vad kunder som köpt samma sak också köpte",
    "No suggestions yet: head office computes them from the purchases of all customers.":
        "Inga förslag ännu: huvudkontoret räknar fram dem ur alla kunders köp.",
})

FI.update({
    "%1 cannot leave the drawer: it holds %2 by the till's figures. Count the drawer, or take out less.":
        "%1 ei voi lähteä laatikosta: kassan lukujen mukaan siinä on %2. Laske laatikko tai ota vähemmän.",
})
SV.update({
    "%1 cannot leave the drawer: it holds %2 by the till's figures. Count the drawer, or take out less.":
        "%1 kan inte tas ur lådan: enligt kassans siffror finns där %2. Räkna lådan eller ta ut mindre.",
})

FI.update({
    "No shift is open at this till. Open one with the counted float first.":
        "Tällä kassalla ei ole avointa vuoroa. Avaa vuoro ensin lasketulla vaihtokassalla.",
    "Shift %1 is open at this till since %2: close it (Z report) before opening another.":
        "Vuoro %1 on avoinna tällä kassalla %2 alkaen: sulje se (Z-raportti) ennen uuden avaamista.",
    "The count differs from the till's figures by more than %1. A manager approves the close with a reason, or count again.":
        "Laskettu summa poikkeaa kassan luvuista enemmän kuin %1. Esimies hyväksyy sulkemisen syyn kanssa, tai laske uudelleen.",
})
SV.update({
    "No shift is open at this till. Open one with the counted float first.":
        "Inget pass är öppet i den här kassan. Öppna ett först med den räknade växelkassan.",
    "Shift %1 is open at this till since %2: close it (Z report) before opening another.":
        "Pass %1 är öppet i den här kassan sedan %2: stäng det (Z-rapport) innan du öppnar ett nytt.",
    "The count differs from the till's figures by more than %1. A manager approves the close with a reason, or count again.":
        "Räkningen avviker från kassans siffror med mer än %1. En chef godkänner stängningen med ett skäl, eller räkna igen.",
})

FI.update({
    'Card': 'Kortti',
    'Loyalty points': 'Kanta-asiakaspisteet',
    'Online payment': 'Verkkomaksu',
    'Exchange credit': 'Vaihtohyvitys',
    'Z REPORT %1': 'Z-RAPORTTI %1',
    'X REPORT (shift open)': 'X-RAPORTTI (vuoro auki)',
    'Store %1, till %2': 'Myymälä %1, kassa %2',
    'Shift %1': 'Vuoro %1',
    'Opened %1 by %2': 'Avattu %1, avaaja %2',
    'Closed %1 by %2': 'Suljettu %1, sulkija %2',
    'Sales (%1)': 'Myynnit (%1)',
    'Returns (%1)': 'Palautukset (%1)',
    'By tender: taken, refunded, net': 'Maksutavoittain: otettu, palautettu, netto',
    'VAT: rate, gross, VAT': 'ALV: kanta, brutto, vero',
    'Discounts': 'Alennukset',
    'Voided lines (%1)': 'Mitätöidyt rivit (%1)',
    'Float': 'Vaihtokassa',
    'Cash in': 'Rahaa sisään',
    'Cash out': 'Rahaa ulos',
    'Safe drops': 'Kassakaappiin',
    'Drawer opened': 'Laatikko avattu',
    '  of which without a sale': '  joista ilman myyntiä',
    'Operators: %1': 'Myyjät: %1',
    'CASH EXPECTED': 'KÄTEISTÄ PITÄISI OLLA',
    'CASH COUNTED': 'KÄTEISTÄ LASKETTU',
    'Difference': 'Erotus',
})
SV.update({
    'Card': 'Kort',
    'Loyalty points': 'Stamkundspoäng',
    'Online payment': 'Onlinebetalning',
    'Exchange credit': 'Bytestillgodo',
    'Z REPORT %1': 'Z-RAPPORT %1',
    'X REPORT (shift open)': 'X-RAPPORT (passet öppet)',
    'Store %1, till %2': 'Butik %1, kassa %2',
    'Shift %1': 'Pass %1',
    'Opened %1 by %2': 'Öppnat %1 av %2',
    'Closed %1 by %2': 'Stängt %1 av %2',
    'Sales (%1)': 'Försäljning (%1)',
    'Returns (%1)': 'Returer (%1)',
    'By tender: taken, refunded, net': 'Per betalsätt: mottaget, återbetalt, netto',
    'VAT: rate, gross, VAT': 'Moms: sats, brutto, moms',
    'Discounts': 'Rabatter',
    'Voided lines (%1)': 'Makulerade rader (%1)',
    'Float': 'Växelkassa',
    'Cash in': 'Kontanter in',
    'Cash out': 'Kontanter ut',
    'Safe drops': 'Till kassaskåpet',
    'Drawer opened': 'Lådan öppnad',
    '  of which without a sale': '  varav utan försäljning',
    'Operators: %1': 'Kassörer: %1',
    'CASH EXPECTED': 'FÖRVÄNTADE KONTANTER',
    'CASH COUNTED': 'RÄKNADE KONTANTER',
    'Difference': 'Differens',
})
FI_PLURALS.update({'Closed with %n fact(s) not yet sent to head office, which reconciles them when they arrive.': [
    "Suljettu, kun %n tapahtuma ei ollut vielä pääkonttorissa; pääkonttori täsmäyttää sen saapuessaan.",
    "Suljettu, kun %n tapahtumaa ei ollut vielä pääkonttorissa; pääkonttori täsmäyttää ne saapuessaan."]})
SV_PLURALS.update({'Closed with %n fact(s) not yet sent to head office, which reconciles them when they arrive.': [
    "Stängt med %n händelse som ännu inte nått huvudkontoret, som stämmer av den när den kommer.",
    "Stängt med %n händelser som ännu inte nått huvudkontoret, som stämmer av dem när de kommer."]})
EN_PLURALS.update({'Closed with %n fact(s) not yet sent to head office, which reconciles them when they arrive.': [
    "Closed with %n fact not yet sent to head office, which reconciles it when it arrives.",
    "Closed with %n facts not yet sent to head office, which reconciles them when they arrive."]})

FI.update({
    'Shift %1 was closed already: Z report %2 at %3 by operator %4. Nothing was changed; open a new shift to sell again.':
        'Vuoro %1 on jo suljettu: Z-raportti %2 %3, kassanhoitaja %4. Mitään ei muutettu; avaa uusi vuoro myydäksesi.',
    'Training mode changes only between customers: finish or suspend the open basket first.':
        'Harjoitustila vaihtuu vain asiakkaiden välillä: päätä tai pysäytä avoin ostos ensin.',
    '%1 cannot be practised in training mode: nothing real may change. Switch training off to do it for a customer.':
        '%1 ei onnistu harjoitustilassa: mikään todellinen ei saa muuttua. Lopeta harjoitustila tehdäksesi sen asiakkaalle.',
    '*** TRAINING - NOT A RECEIPT ***': '*** HARJOITUS - EI KUITTI ***',
    'Kassa: customer display': 'Kassa: asiakasnäyttö',
    'Welcome to %1': 'Tervetuloa, %1',
    'TRAINING: practice sales, not real ones': 'HARJOITUS: harjoitusmyyntiä, ei oikeaa',
    'Total %1': 'Yhteensä %1',
    'Paid %1': 'Maksettu %1',
    'Paid %1 · to pay %2': 'Maksettu %1 · maksettavaa %2',
    'Thank you!': 'Kiitos!',
    'Your change %1 · Thank you!': 'Vaihtoraha %1 · Kiitos!',
    ' · TRAINING MODE: sales are practice': ' · HARJOITUSTILA: myynnit ovat harjoitusta',
    'No shift is open at this till. Count the float into the drawer, type it and press F12.':
        'Kassalla ei ole avointa vuoroa. Laske vaihtokassa laatikkoon, kirjoita se ja paina F12.',
    'Shift, cash, log out\nF11': 'Vuoro, käteinen, ulos\nF11',
    'Finish or suspend the basket before the shift, the cash drawer or logging out.':
        'Päätä tai pysäytä ostos ennen vuoroa, kassalaatikkoa tai uloskirjautumista.',
    'Change from the bank': 'Vaihtorahaa pankista',
    'Float top-up': 'Vaihtokassan täydennys',
    'Petty cash paid out': 'Pikkukassasta maksettu',
    'Paid to a supplier': 'Maksettu toimittajalle',
    'Taken to the bank': 'Viety pankkiin',
    'Into the safe': 'Kassakaappiin',
    'Change for a customer': 'Vaihtorahaa asiakkaalle',
    'Drawer checked': 'Laatikko tarkistettu',
    'Note': 'Huomautus',
    'Open shift\nF1': 'Avaa vuoro\nF1',
    'Cash in\nF2': 'Käteistä sisään\nF2',
    'Cash out\nF3': 'Käteistä ulos\nF3',
    'Safe drop\nF4': 'Kassakaappiin\nF4',
    'Open drawer\nF5': 'Avaa laatikko\nF5',
    'X report\nF6': 'X-raportti\nF6',
    'Close shift (Z)\nF7': 'Sulje vuoro (Z)\nF7',
    'Training\nF8': 'Harjoitus\nF8',
    'Done\nF12': 'Valmis\nF12',
    'Float counted': 'Laskettu vaihtokassa',
    '150.00, or by denomination: 20x5 10x3 0.50x4': '150.00, tai seteleittäin ja kolikoittain: 20x5 10x3 0.50x4',
    'Cash counted': 'Laskettu käteinen',
    "the drawer's cash, by denomination (50x2 20x3 …) or as a total":
        'laatikon käteinen seteleittäin ja kolikoittain (50x2 20x3 …) tai yhteensä',
    'in euros, such as 50.00': 'euroina, esim. 50.00',
    'the reason, when a manager approves a difference': 'syy, kun esimies hyväksyy erotuksen',
    'optional': 'vapaaehtoinen',
    'Shift %1, open since %2 (opened by %3).': 'Vuoro %1, auki %2 alkaen (avasi %3).',
    'No shift is open: count the float into the drawer and open one (F1, then F12).':
        'Vuoroa ei ole auki: laske vaihtokassa laatikkoon ja avaa vuoro (F1, sitten F12).',
    'Training mode is on.': 'Harjoitustila on päällä.',
    'Shift %1 is open with a float of %2.': 'Vuoro %1 on auki, vaihtokassa %2.',
    'Type the amount in euros, such as 50.00.': 'Kirjoita summa euroina, esim. 50.00.',
    'The drawer is open (%1); it is logged.': 'Laatikko on auki (%1); se on kirjattu.',
    '%1 recorded (%2); the drawer is open.': '%1 kirjattu (%2); laatikko on auki.',
    'Type the reason in Note and press F12 again for the manager.':
        'Kirjoita syy Huomautus-kenttään ja paina F12 uudelleen esimiestä varten.',
    'Not closed: count again, or ask a manager.': 'Ei suljettu: laske uudelleen tai pyydä esimies.',
    'Shift %1 is closed: Z report %2 is printed.': 'Vuoro %1 on suljettu: Z-raportti %2 on tulostettu.',
    "The X report shows the cash the drawer should hold: a supervisor's operator number and PIN.":
        'X-raportti näyttää, paljonko laatikossa pitäisi olla käteistä: vuoroesimiehen numero ja PIN.',
    'X report printed; the shift stays open.': 'X-raportti tulostettu; vuoro pysyy auki.',
    "Training mode: sales are practice and never count. A manager's operator number and PIN.":
        'Harjoitustila: myynnit ovat harjoitusta eivätkä näy raporteissa. Esimiehen numero ja PIN.',
    "Back to real sales: a manager's operator number and PIN.": 'Takaisin oikeaan myyntiin: esimiehen numero ja PIN.',
    'Training mode is on: sales print as training and count nowhere.':
        'Harjoitustila on päällä: myynnit tulostuvat harjoituksena eivätkä näy raporteissa.',
    'Training mode is off: the till sells for real.': 'Harjoitustila on pois: kassa myy oikeasti.',
})
SV.update({
    'Shift %1 was closed already: Z report %2 at %3 by operator %4. Nothing was changed; open a new shift to sell again.':
        'Pass %1 är redan stängt: Z-rapport %2 %3 av kassör %4. Inget ändrades; öppna ett nytt pass för att sälja.',
    'Training mode changes only between customers: finish or suspend the open basket first.':
        'Övningsläget byts bara mellan kunder: slutför eller parkera det öppna köpet först.',
    '%1 cannot be practised in training mode: nothing real may change. Switch training off to do it for a customer.':
        '%1 går inte att öva i övningsläge: inget verkligt får ändras. Stäng av övningsläget för att göra det åt en kund.',
    '*** TRAINING - NOT A RECEIPT ***': '*** ÖVNING - INGET KVITTO ***',
    'Kassa: customer display': 'Kassa: kunddisplay',
    'Welcome to %1': 'Välkommen till %1',
    'TRAINING: practice sales, not real ones': 'ÖVNING: övningsköp, inga riktiga',
    'Total %1': 'Totalt %1',
    'Paid %1': 'Betalt %1',
    'Paid %1 · to pay %2': 'Betalt %1 · att betala %2',
    'Thank you!': 'Tack!',
    'Your change %1 · Thank you!': 'Växel %1 · Tack!',
    ' · TRAINING MODE: sales are practice': ' · ÖVNINGSLÄGE: försäljningen är övning',
    'No shift is open at this till. Count the float into the drawer, type it and press F12.':
        'Inget pass är öppet i kassan. Räkna växelkassan i lådan, skriv in den och tryck F12.',
    'Shift, cash, log out\nF11': 'Pass, kontanter, logga ut\nF11',
    'Finish or suspend the basket before the shift, the cash drawer or logging out.':
        'Slutför eller parkera köpet före passet, kassalådan eller utloggningen.',
    'Change from the bank': 'Växel från banken',
    'Float top-up': 'Påfyllning av växelkassan',
    'Petty cash paid out': 'Utbetalt ur småkassan',
    'Paid to a supplier': 'Betalt till en leverantör',
    'Taken to the bank': 'Fört till banken',
    'Into the safe': 'Till kassaskåpet',
    'Change for a customer': 'Växel åt en kund',
    'Drawer checked': 'Lådan kontrollerad',
    'Note': 'Anteckning',
    'Open shift\nF1': 'Öppna pass\nF1',
    'Cash in\nF2': 'Kontanter in\nF2',
    'Cash out\nF3': 'Kontanter ut\nF3',
    'Safe drop\nF4': 'Till kassaskåpet\nF4',
    'Open drawer\nF5': 'Öppna lådan\nF5',
    'X report\nF6': 'X-rapport\nF6',
    'Close shift (Z)\nF7': 'Stäng pass (Z)\nF7',
    'Training\nF8': 'Övning\nF8',
    'Done\nF12': 'Klar\nF12',
    'Float counted': 'Räknad växelkassa',
    '150.00, or by denomination: 20x5 10x3 0.50x4': '150.00, eller per valör: 20x5 10x3 0.50x4',
    'Cash counted': 'Räknade kontanter',
    "the drawer's cash, by denomination (50x2 20x3 …) or as a total":
        'lådans kontanter per valör (50x2 20x3 …) eller som summa',
    'in euros, such as 50.00': 'i euro, t.ex. 50.00',
    'the reason, when a manager approves a difference': 'orsaken, när en chef godkänner en differens',
    'optional': 'frivilligt',
    'Shift %1, open since %2 (opened by %3).': 'Pass %1, öppet sedan %2 (öppnat av %3).',
    'No shift is open: count the float into the drawer and open one (F1, then F12).':
        'Inget pass är öppet: räkna växelkassan i lådan och öppna ett (F1, sedan F12).',
    'Training mode is on.': 'Övningsläget är på.',
    'Shift %1 is open with a float of %2.': 'Pass %1 är öppet med en växelkassa på %2.',
    'Type the amount in euros, such as 50.00.': 'Skriv beloppet i euro, t.ex. 50.00.',
    'The drawer is open (%1); it is logged.': 'Lådan är öppen (%1); det är loggat.',
    '%1 recorded (%2); the drawer is open.': '%1 bokfört (%2); lådan är öppen.',
    'Type the reason in Note and press F12 again for the manager.':
        'Skriv orsaken under Anteckning och tryck F12 igen för chefen.',
    'Not closed: count again, or ask a manager.': 'Inte stängt: räkna igen eller be en chef.',
    'Shift %1 is closed: Z report %2 is printed.': 'Pass %1 är stängt: Z-rapport %2 är utskriven.',
    "The X report shows the cash the drawer should hold: a supervisor's operator number and PIN.":
        'X-rapporten visar hur mycket kontanter lådan borde innehålla: skiftledarens nummer och PIN.',
    'X report printed; the shift stays open.': 'X-rapporten är utskriven; passet förblir öppet.',
    "Training mode: sales are practice and never count. A manager's operator number and PIN.":
        'Övningsläge: försäljningen är övning och räknas aldrig. Chefens nummer och PIN.',
    "Back to real sales: a manager's operator number and PIN.": 'Tillbaka till riktig försäljning: chefens nummer och PIN.',
    'Training mode is on: sales print as training and count nowhere.':
        'Övningsläget är på: försäljningen skrivs ut som övning och räknas ingenstans.',
    'Training mode is off: the till sells for real.': 'Övningsläget är av: kassan säljer på riktigt.',
})
FI.update({
    'Order %1 was collected already: nothing was changed.': 'Tilaus %1 on jo noudettu: mitään ei muutettu.',
    'Order %1 was cancelled: it is not to be picked or handed over.':
        'Tilaus %1 on peruttu: sitä ei kerätä eikä luovuteta.',
    'Order %1 was not collected in time and has expired: its goods went back to stock. The customer can order again.':
        'Tilausta %1 ei noudettu ajoissa ja se on vanhentunut: sen tuotteet palasivat varastoon. Asiakas voi tilata uudelleen.',
    'Order %1 is not ready to collect yet: pick it and mark it ready first.':
        'Tilaus %1 ei ole vielä noudettavissa: kerää se ja merkitse valmiiksi ensin.',
    'Order %1 is %2: it cannot be marked %3.': 'Tilaus %1 on %2: sitä ei voi merkitä tilaan %3.',
})
SV.update({
    'Order %1 was collected already: nothing was changed.': 'Beställning %1 är redan hämtad: inget ändrades.',
    'Order %1 was cancelled: it is not to be picked or handed over.':
        'Beställning %1 är annullerad: den plockas inte och lämnas inte ut.',
    'Order %1 was not collected in time and has expired: its goods went back to stock. The customer can order again.':
        'Beställning %1 hämtades inte i tid och har gått ut: varorna gick tillbaka till lagret. Kunden kan beställa igen.',
    'Order %1 is not ready to collect yet: pick it and mark it ready first.':
        'Beställning %1 är inte klar att hämta ännu: plocka den och markera den klar först.',
    'Order %1 is %2: it cannot be marked %3.': 'Beställning %1 är %2: den kan inte markeras %3.',
})
FI.update({
    'Order %1 is not a pickup order of this store: check the number. A new order reaches the till within minutes once the line to head office is up.':
        'Tilaus %1 ei ole tämän myymälän noutotilaus: tarkista numero. Uusi tilaus tulee kassalle minuuteissa, kun yhteys pääkonttoriin toimii.',
    'Order %1 is collected in store %2, not here: tell the customer where it waits.':
        'Tilaus %1 noudetaan myymälästä %2, ei täältä: kerro asiakkaalle, missä se odottaa.',
    'The pickup code does not match order %1: ask for the code in the order confirmation. Nothing was handed over.':
        'Noutokoodi ei täsmää tilaukseen %1: pyydä koodi tilausvahvistuksesta. Mitään ei luovutettu.',
    '%1 is not on order %2: put it back.': '%1 ei kuulu tilaukseen %2: palauta se hyllyyn.',
    'Order %1 has %3 of %2 and %4 are picked already: put the extra back.':
        'Tilauksessa %1 on %3 kpl tuotetta %2 ja %4 on jo kerätty: palauta ylimääräinen hyllyyn.',
    'Order %1: %3 of %2 not picked yet. Pick it, or mark it short if it is not on the shelf.':
        'Tilaus %1: %3 kpl tuotetta %2 keräämättä. Kerää se, tai merkitse puuttuvaksi, jos sitä ei ole hyllyssä.',
    'This shelf label is for order %1, not %2: fetch the right parcel.':
        'Tämä hyllytarra on tilauksen %1, ei tilauksen %2: hae oikea paketti.',
    "Item %2 of order %1 is not in this till's catalog yet: the till cannot sell it until head office's catalog reaches it.":
        'Tilauksen %1 tuotetta %2 ei vielä ole kassan valikoimassa: kassa ei voi myydä sitä ennen kuin pääkonttorin valikoima tulee kassalle.',
    'Order %1 is paid at collection: ring it up as a sale, and the sale hands it over.':
        'Tilaus %1 maksetaan noudettaessa: myy se, niin myynti luovuttaa sen.',
    'Finish or suspend the open sale before ringing up a pickup order.':
        'Päätä tai pysäköi avoin myynti ennen noutotilauksen myyntiä.',
    'Pickup order %1': 'Noutotilaus %1',
    'Handed over. Thank you!': 'Luovutettu. Kiitos!',
    'Order %1 waits in store %2 to be collected: nothing of it can come back yet. Cancel the order instead.':
        'Tilaus %1 odottaa noutoa myymälässä %2: siitä ei voi vielä palauttaa mitään. Peru tilaus sen sijaan.',
    'The sale of pickup order %1 cannot be suspended: take the payment, or void its lines to leave the order on its shelf.':
        'Noutotilauksen %1 myyntiä ei voi pysäköidä: ota maksu, tai mitätöi sen rivit, niin tilaus jää hyllyyn.',
    'new': 'uusi',
    'being picked': 'keräyksessä',
    'ready': 'valmis',
    'collected': 'noudettu',
    'cancelled': 'peruttu',
    'expired': 'vanhentunut',
    'PICKUP ORDER': 'NOUTOTILAUS',
    'Ready %1': 'Valmis %1',
    'Collect by %1': 'Noudettava viimeistään %1',
    'Paid online': 'Maksettu verkossa',
    'To pay at collection': 'Maksetaan noudettaessa',
    'New': 'Uusi',
    'Being picked': 'Keräyksessä',
    'Ready': 'Valmis',
    'Collected': 'Noudettu',
    'Cancelled': 'Peruttu',
    'Expired': 'Vanhentunut',
    '%1 min': '%1 min',
    '%1 h': '%1 h',
    '%1 d': '%1 pv',
    'Order': 'Tilaus',
    'Customer': 'Asiakas',
    'State': 'Tila',
    'Waited': 'Odottanut',
    'Items': 'Tuotteita',
    'Ordered': 'Tilattu',
    'Picked': 'Kerätty',
    'Short': 'Puuttuu',
    'Refused': 'Ei haluttu',
    'To pick\nF1': 'Kerättävät\nF1',
    'Ready\nF2': 'Valmiit\nF2',
    'All\nF3': 'Kaikki\nF3',
    'Pick\nF4': 'Kerää\nF4',
    'Short\nF5': 'Puuttuu\nF5',
    'Ready, print label\nF6': 'Valmis, tulosta tarra\nF6',
    'Hand over\nF7': 'Luovuta\nF7',
    'Refused\nF8': 'Ei haluttu\nF8',
    'Cancel order\nF9': 'Peru tilaus\nF9',
    'Hand it over\nF12': 'Luovuta se\nF12',
    'Pickup orders of store %1 (%2)': 'Myymälän %1 noutotilaukset (%2)',
    'Pays here': 'Maksetaan täällä',
    'No pickup orders are waiting to be picked.': 'Kerättäviä noutotilauksia ei ole.',
    'No pickup orders here.': 'Ei noutotilauksia.',
    'Order %1 · %2 · %3': 'Tilaus %1 · %2 · %3',
    'collect by %1': 'noudettava viimeistään %1',
    'Fetch order %1 from the pickup shelf and scan its shelf label.':
        'Hae tilaus %1 noutohyllystä ja lue sen hyllytarra.',
    'Order %1 is paid online. Mark what the customer refuses (F8), then F12 hands it over.':
        'Tilaus %1 on maksettu verkossa. Merkitse, mitä asiakas ei halua (F8), sitten F12 luovuttaa sen.',
    'Order %1 is paid here. Mark what the customer refuses (F8), then F12 rings it up.':
        'Tilaus %1 maksetaan täällä. Merkitse, mitä asiakas ei halua (F8), sitten F12 vie sen myyntiin.',
    'Choose the order to pick first (arrow keys, or type its number).':
        'Valitse ensin kerättävä tilaus (nuolinäppäimet, tai kirjoita sen numero).',
    "Picking order %1: scan each item. F5 marks the chosen line's rest short, F6 marks the order ready.":
        'Kerätään tilausta %1: lue jokainen tuote. F5 merkitsee valitun rivin loput puuttuviksi, F6 merkitsee tilauksen valmiiksi.',
    'Picked. Scan the next item of order %1.': 'Kerätty. Lue tilauksen %1 seuraava tuote.',
    'Line %1 is short: the web shop hears of it when the order is ready.':
        'Rivi %1 puuttuu: verkkokauppa saa tiedon, kun tilaus on valmis.',
    'Order %1 is ready: put its shelf label on the parcel and the parcel on the pickup shelf.':
        'Tilaus %1 on valmis: kiinnitä hyllytarra pakettiin ja vie paketti noutohyllyyn.',
    "Scan the customer's code, or choose the order first.": 'Lue asiakkaan koodi tai valitse ensin tilaus.',
    "Type the pickup code from the customer's confirmation of order %1 and press Enter.":
        'Kirjoita noutokoodi asiakkaan tilausvahvistuksesta (tilaus %1) ja paina Enter.',
    "Refusing an item is part of the hand-over: scan the customer's code and the shelf label first.":
        'Tuotteen hylkääminen kuuluu luovutukseen: lue ensin asiakkaan koodi ja hyllytarra.',
    "Scan the customer's code and the order's shelf label first.":
        'Lue ensin asiakkaan koodi ja tilauksen hyllytarra.',
    "Order %1 is in the basket at the order's prices: take the payment (F12).":
        'Tilaus %1 on ostoskorissa tilauksen hinnoin: ota maksu (F12).',
    'Order %1 handed over.': 'Tilaus %1 luovutettu.',
    'the refused items': 'hylätyt tuotteet',
    'The refused items are refunded to the online payment (return %1).':
        'Hylätyt tuotteet hyvitetään verkkomaksulle (palautus %1).',
    'The refused items were not refunded: take them back on the return screen with the order number. (%1)':
        'Hylättyjä tuotteita ei hyvitetty: ota ne palautukseen palautusnäytöllä tilausnumerolla. (%1)',
    'Cancel order %1': 'Peru tilaus %1',
    'Why is the order cancelled?': 'Miksi tilaus perutaan?',
    'Order %1 is cancelled: put its goods back on the shelves.': 'Tilaus %1 on peruttu: palauta sen tuotteet hyllyihin.',
    'Scan the items of the order': 'Lue tilauksen tuotteet',
    'The pickup code, six digits': 'Noutokoodi, kuusi numeroa',
    "Scan the parcel's shelf label": 'Lue paketin hyllytarra',
    'F8 marks the chosen line refused, F12 hands the order over':
        'F8 merkitsee valitun rivin hylätyksi, F12 luovuttaa tilauksen',
    "Scan the customer's code or a shelf label, or type an order number":
        'Lue asiakkaan koodi tai hyllytarra, tai kirjoita tilausnumero',
    'Suspend / recall\nF9': 'Pysäköi / hae\nF9',
    'Pickup orders\nF10': 'Noutotilaukset\nF10',
    'Basket suspended as number %1. Recall it with F9 when no sale is open.':
        'Ostoskori pysäköity numerolla %1. Palauta se F9:llä, kun myyntiä ei ole auki.',
    'Finish or suspend the basket before the pickup orders.':
        'Päätä tai pysäköi ostoskori ennen noutotilauksia.',
})
SV.update({
    'Order %1 is not a pickup order of this store: check the number. A new order reaches the till within minutes once the line to head office is up.':
        'Beställning %1 är inte en hämtbeställning i den här butiken: kontrollera numret. En ny beställning når kassan inom några minuter när förbindelsen till huvudkontoret fungerar.',
    'Order %1 is collected in store %2, not here: tell the customer where it waits.':
        'Beställning %1 hämtas i butik %2, inte här: berätta för kunden var den väntar.',
    'The pickup code does not match order %1: ask for the code in the order confirmation. Nothing was handed over.':
        'Hämtkoden stämmer inte med beställning %1: be om koden i orderbekräftelsen. Inget lämnades ut.',
    '%1 is not on order %2: put it back.': '%1 hör inte till beställning %2: ställ tillbaka den.',
    'Order %1 has %3 of %2 and %4 are picked already: put the extra back.':
        'Beställning %1 har %3 st. %2 och %4 är redan plockade: ställ tillbaka det extra.',
    'Order %1: %3 of %2 not picked yet. Pick it, or mark it short if it is not on the shelf.':
        'Beställning %1: %3 st. %2 inte plockade ännu. Plocka dem, eller markera dem som saknade om de inte finns på hyllan.',
    'This shelf label is for order %1, not %2: fetch the right parcel.':
        'Hyllans etikett gäller beställning %1, inte %2: hämta rätt paket.',
    "Item %2 of order %1 is not in this till's catalog yet: the till cannot sell it until head office's catalog reaches it.":
        'Artikel %2 i beställning %1 finns inte ännu i kassans sortiment: kassan kan inte sälja den innan huvudkontorets sortiment når kassan.',
    'Order %1 is paid at collection: ring it up as a sale, and the sale hands it over.':
        'Beställning %1 betalas vid hämtning: sälj den, så lämnar försäljningen ut den.',
    'Finish or suspend the open sale before ringing up a pickup order.':
        'Avsluta eller parkera den öppna försäljningen innan en hämtbeställning säljs.',
    'Pickup order %1': 'Hämtbeställning %1',
    'Handed over. Thank you!': 'Utlämnad. Tack!',
    'Order %1 waits in store %2 to be collected: nothing of it can come back yet. Cancel the order instead.':
        'Beställning %1 väntar på hämtning i butik %2: inget av den kan returneras ännu. Annullera beställningen i stället.',
    'The sale of pickup order %1 cannot be suspended: take the payment, or void its lines to leave the order on its shelf.':
        'Försäljningen av hämtbeställning %1 kan inte parkeras: ta betalt, eller makulera dess rader så blir beställningen kvar på hyllan.',
    'new': 'ny',
    'being picked': 'under plockning',
    'ready': 'klar',
    'collected': 'hämtad',
    'cancelled': 'annullerad',
    'expired': 'utgången',
    'PICKUP ORDER': 'HÄMTBESTÄLLNING',
    'Ready %1': 'Klar %1',
    'Collect by %1': 'Hämtas senast %1',
    'Paid online': 'Betald på nätet',
    'To pay at collection': 'Betalas vid hämtning',
    'New': 'Ny',
    'Being picked': 'Plockas',
    'Ready': 'Klar',
    'Collected': 'Hämtad',
    'Cancelled': 'Annullerad',
    'Expired': 'Utgången',
    '%1 min': '%1 min',
    '%1 h': '%1 h',
    '%1 d': '%1 d',
    'Order': 'Beställning',
    'Customer': 'Kund',
    'State': 'Status',
    'Waited': 'Väntat',
    'Items': 'Artiklar',
    'Ordered': 'Beställt',
    'Picked': 'Plockat',
    'Short': 'Saknas',
    'Refused': 'Inte önskad',
    'To pick\nF1': 'Att plocka\nF1',
    'Ready\nF2': 'Klara\nF2',
    'All\nF3': 'Alla\nF3',
    'Pick\nF4': 'Plocka\nF4',
    'Short\nF5': 'Saknas\nF5',
    'Ready, print label\nF6': 'Klar, skriv etikett\nF6',
    'Hand over\nF7': 'Lämna ut\nF7',
    'Refused\nF8': 'Inte önskad\nF8',
    'Cancel order\nF9': 'Annullera\nF9',
    'Hand it over\nF12': 'Lämna ut den\nF12',
    'Pickup orders of store %1 (%2)': 'Hämtbeställningar i butik %1 (%2)',
    'Pays here': 'Betalas här',
    'No pickup orders are waiting to be picked.': 'Inga hämtbeställningar väntar på plockning.',
    'No pickup orders here.': 'Inga hämtbeställningar.',
    'Order %1 · %2 · %3': 'Beställning %1 · %2 · %3',
    'collect by %1': 'hämtas senast %1',
    'Fetch order %1 from the pickup shelf and scan its shelf label.':
        'Hämta beställning %1 från hämthyllan och läs av dess etikett.',
    'Order %1 is paid online. Mark what the customer refuses (F8), then F12 hands it over.':
        'Beställning %1 är betald på nätet. Markera det kunden inte vill ha (F8), sedan lämnar F12 ut den.',
    'Order %1 is paid here. Mark what the customer refuses (F8), then F12 rings it up.':
        'Beställning %1 betalas här. Markera det kunden inte vill ha (F8), sedan säljer F12 den.',
    'Choose the order to pick first (arrow keys, or type its number).':
        'Välj först beställningen som ska plockas (piltangenterna, eller skriv dess nummer).',
    "Picking order %1: scan each item. F5 marks the chosen line's rest short, F6 marks the order ready.":
        'Plockar beställning %1: läs av varje artikel. F5 markerar resten av vald rad som saknad, F6 markerar beställningen klar.',
    'Picked. Scan the next item of order %1.': 'Plockad. Läs av nästa artikel i beställning %1.',
    'Line %1 is short: the web shop hears of it when the order is ready.':
        'Rad %1 saknas: webbutiken får veta det när beställningen är klar.',
    'Order %1 is ready: put its shelf label on the parcel and the parcel on the pickup shelf.':
        'Beställning %1 är klar: sätt etiketten på paketet och paketet på hämthyllan.',
    "Scan the customer's code, or choose the order first.": 'Läs av kundens kod, eller välj beställningen först.',
    "Type the pickup code from the customer's confirmation of order %1 and press Enter.":
        'Skriv hämtkoden från kundens bekräftelse av beställning %1 och tryck Enter.',
    "Refusing an item is part of the hand-over: scan the customer's code and the shelf label first.":
        'Att avböja en artikel hör till utlämningen: läs först av kundens kod och etiketten.',
    "Scan the customer's code and the order's shelf label first.":
        'Läs först av kundens kod och beställningens etikett.',
    "Order %1 is in the basket at the order's prices: take the payment (F12).":
        'Beställning %1 finns i korgen till beställningens priser: ta betalt (F12).',
    'Order %1 handed over.': 'Beställning %1 utlämnad.',
    'the refused items': 'de avböjda artiklarna',
    'The refused items are refunded to the online payment (return %1).':
        'De avböjda artiklarna återbetalas till nätbetalningen (retur %1).',
    'The refused items were not refunded: take them back on the return screen with the order number. (%1)':
        'De avböjda artiklarna återbetalades inte: ta emot dem på returskärmen med beställningsnumret. (%1)',
    'Cancel order %1': 'Annullera beställning %1',
    'Why is the order cancelled?': 'Varför annulleras beställningen?',
    'Order %1 is cancelled: put its goods back on the shelves.':
        'Beställning %1 är annullerad: ställ tillbaka varorna på hyllorna.',
    'Scan the items of the order': 'Läs av beställningens artiklar',
    'The pickup code, six digits': 'Hämtkoden, sex siffror',
    "Scan the parcel's shelf label": 'Läs av paketets etikett',
    'F8 marks the chosen line refused, F12 hands the order over':
        'F8 markerar vald rad som inte önskad, F12 lämnar ut beställningen',
    "Scan the customer's code or a shelf label, or type an order number":
        'Läs av kundens kod eller en etikett, eller skriv ett beställningsnummer',
    'Suspend / recall\nF9': 'Parkera / återta\nF9',
    'Pickup orders\nF10': 'Hämtbeställningar\nF10',
    'Basket suspended as number %1. Recall it with F9 when no sale is open.':
        'Korgen parkerad som nummer %1. Återta den med F9 när ingen försäljning är öppen.',
    'Finish or suspend the basket before the pickup orders.':
        'Avsluta eller parkera korgen före hämtbeställningarna.',
})
FI_PLURALS.update({' · %n pickup(s) to pick': [' · %n nouto kerättävänä', ' · %n noutoa kerättävänä']})
SV_PLURALS.update({' · %n pickup(s) to pick': [' · %n hämtning att plocka', ' · %n hämtningar att plocka']})
EN_PLURALS.update({' · %n pickup(s) to pick': [' · %n pickup to pick', ' · %n pickups to pick']})
FI_PLURALS.update({'%n line(s) short': ['%n rivi puuttuu', '%n riviä puuttuu']})
SV_PLURALS.update({'%n line(s) short': ['%n rad saknas', '%n rader saknas']})
EN_PLURALS.update({'%n line(s) short': ['%n line short', '%n lines short']})
def fill(path: Path, texts: dict, plurals: dict, require_all: bool) -> int:
    tree = ET.parse(path)
    missing = 0
    for message in tree.getroot().iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes" and source in plurals:
            for form in plurals[source]:
                ET.SubElement(translation, "numerusform").text = form
        elif source in texts:
            translation.text = texts[source]
        else:
            translation.set("type", "unfinished")
            if require_all:
                print(f"{path.name}: no translation for {source!r}", file=sys.stderr)
                missing += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


root = Path(__file__).resolve().parent.parent / "resources" / "translations"
missing = fill(root / "kassa_fi.ts", FI, FI_PLURALS, True)
missing += fill(root / "kassa_sv.ts", SV, SV_PLURALS, True)
fill(root / "kassa_en.ts", {}, EN_PLURALS, False)
sys.exit(1 if missing else 0)
