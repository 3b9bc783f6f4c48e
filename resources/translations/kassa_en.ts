<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <source>Kassa cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The till&apos;s data in %1 cannot be used: %2. Check that the folder is writable; if the file is damaged, restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; is not valid: use none, file:PATH or tcp:HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kassa is already running on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::core::Error</name>
    <message>
        <source>Nothing was scanned. Scan the barcode again or type the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a barcode: a code has digits only. Scan again or type the digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a barcode: codes have 8, 12, 13 or 14 digits. Scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code %1 has a wrong check digit: it was misread or mistyped. Scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product has the code %1. Check the code or ask a supervisor to add the product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity &quot;%1&quot; is not valid: pieces are whole numbers above zero, weights are kilograms above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That quantity is too large: at most %1 on one line. Check the quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is sold by weight: type the weight in kilograms first, then add the product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no line %1 in the basket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has already been voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That discount is not valid: it must be between zero and the amount it applies to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount of %1 needs a supervisor&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not approve this: a supervisor or manager must.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The basket is empty: scan a product first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: type euros and cents, for example 20 or 12,50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than is left to pay. Only cash can be more than is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment does not cover the total: %1 is still to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale is not paid yet: %1 is still to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was declined for %1. Ask for another card or another way to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment terminal does not answer. Check its cable and power, or take cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after too many wrong PINs until %1. A manager can unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended basket %1 no longer exists: it may have been recalled already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish or suspend the open basket first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The till&apos;s disk is full, so the sale was not recorded. The basket is kept: call store IT, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The till cannot write its data folder, so nothing was recorded. The basket is kept: call store IT, then try again. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The till could not record this (%1). The basket is kept: try again, and call store IT if it repeats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt or web order %1 is known. Check the number; without a network, scan the QR code printed on the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1. Check the line number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been returned already in full: nothing of it can come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many: %1. Lower the quantity to what can still come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return period has passed: %1. A manager may take it back as a return without a receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be returned under the chain&apos;s policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy does not allow this refund: %1. Choose another way to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a connection to head office this till may refund no more: %1. A manager may approve it, or wait until the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain&apos;s policy takes no returns without a receipt or order number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A return without a receipt refunds at most %1. Remove an item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a manager&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt&apos;s code could not be read whole. Scan it again, or type the receipt number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This receipt&apos;s code is not genuine (%1): it was changed, or the till that printed it is not trusted. Do not take the return from it; call a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment terminal refused to refund %1 to the card. Nothing was recorded: try again or refund another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is chosen to return: choose a line first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher %1 has been spent in full: nothing is left on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voucher holds less: %1. Take what is left on it and pay the rest another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher %1 cannot be checked without a connection to head office: it is not among the vouchers this till has been sent. Take another payment, or wait until the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no store %1 that this till knows of. Check the store number, or sync with head office first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been received at this till already: it is not counted twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office has not sent delivery %1 to this store. Check the number on the delivery note, sync with head office, or receive the goods without a delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on this delivery. Receive it separately, without the delivery, and tell head office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office cannot be asked now (%1). The figures shown are those this till has, each with its time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This loyalty card belongs to %1 already. Give the customer a new card, or find %1 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This till has no customer %1: head office may have erased them at the customer&apos;s request. Search for the customer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points are paid only by a member of the loyalty programme (%1). Scan the customer&apos;s loyalty card first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has %1 points to use. Pay the rest another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points are used %1 or more at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s points pay part of this sale: the customer cannot be changed now. Cancel the payment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot leave the drawer: it holds %2 by the till&apos;s figures. Count the drawer, or take out less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift is open at this till. Open one with the counted float first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift %1 is open at this till since %2: close it (Z report) before opening another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count differs from the till&apos;s figures by more than %1. A manager approves the close with a reason, or count again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift %1 was closed already: Z report %2 at %3 by operator %4. Nothing was changed; open a new shift to sell again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mode changes only between customers: finish or suspend the open basket first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be practised in training mode: nothing real may change. Switch training off to do it for a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was collected already: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was cancelled: it is not to be picked or handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was not collected in time and has expired: its goods went back to stock. The customer can order again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is not ready to collect yet: pick it and mark it ready first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is %2: it cannot be marked %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is not a pickup order of this store: check the number. A new order reaches the till within minutes once the line to head office is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is collected in store %2, not here: tell the customer where it waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pickup code does not match order %1: ask for the code in the order confirmation. Nothing was handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on order %2: put it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 has %3 of %2 and %4 are picked already: put the extra back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: %3 of %2 not picked yet. Pick it, or mark it short if it is not on the shelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shelf label is for order %1, not %2: fetch the right parcel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %2 of order %1 is not in this till&apos;s catalog yet: the till cannot sell it until head office&apos;s catalog reaches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is paid at collection: ring it up as a sale, and the sale hands it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish or suspend the open sale before ringing up a pickup order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 waits in store %2 to be collected: nothing of it can come back yet. Cancel the order instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale of pickup order %1 cannot be suspended: take the payment, or void its lines to leave the order on its shelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in cash for %2 due gives %3 change: is that what the customer gave? Confirm it, or type the amount again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale is paid in full: nothing taken can be changed any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no payment %1 to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card payment of %1 stays: the card has been charged. Finish the sale, then give it back to the card with a return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in this return already, all of it that can come back. To change its quantity, remove it (F8) and take it back again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no voucher %1 with this code. Scan its barcode, or type the whole code printed under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wrong voucher codes have been typed at this till today: vouchers are taken again when a manager unblocks them (F9 on the payment screen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is logged in at this till: log in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator number or the PIN is wrong. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after wrong PINs three times in a row. A manager unlocks it (kassactl operators unlock, or a new PIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN has %1 to 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator %1 exists already: change it with kassactl operators set-pin, set-role or disable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a manager: set KASSA_APPROVER and KASSA_APPROVER_PIN to a manager&apos;s operator number and PIN, or type them when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is locked after five wrong pickup codes: a manager unlocks it. Nothing was handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This till has not received its key from head office yet, so it cannot check the code: sync with head office and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::core::Receipt</name>
    <message>
        <source>Business ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basket discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTAL EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for visiting!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basket discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return without a receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline refund limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged in transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not as described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RETURN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided offline, to be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back to stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFUND EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the online payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web shop pays it back (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Towards the new items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange credit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office has confirmed this return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided offline: head office has not confirmed this return yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by head office: confirmed when the return reaches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty points %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty card ***%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty points taken back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*** TRAINING - NOT A RECEIPT ***</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PICKUP ORDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay at collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) short</source>
        <translation>
            <numerusform>%n line short</numerusform>
            <numerusform>%n lines short</numerusform>
        </translation>
    </message>
    <message>
        <source>Handed over. Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its code is on the first print only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::core::Return</name>
    <message>
        <source>a cash payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a card payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an online payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the online payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not refunded to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is from %2, %3 days ago, and goods come back within %4 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a return without a receipt has no original payment; refund in cash or store credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 asked, %3 more can come back (%4 sold, %5 returned before, %6 in this return)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::core::ReturnDesk</name>
    <message>
        <source>line %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a return without a receipt of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an offline refund of %1, above %2 per return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline refunds of %1 today, above %2 per day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::core::ReturnLookup</name>
    <message>
        <source>head office has not received this sale yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this till runs without head office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::core::ShiftReport</name>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z REPORT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X REPORT (shift open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store %1, till %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By tender: taken, refunded, net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT: rate, gross, VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided lines (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe drops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawer opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  of which without a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CASH EXPECTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CASH COUNTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::core::StockDesk</name>
    <message>
        <source>the reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store the goods go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transfer&apos;s number from its papers (ST-…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a count time that has come already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::sync::CentralAnswers</name>
    <message>
        <source>head office answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head office answered %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head office&apos;s answer could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this till is not enrolled with head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head office cannot be reached (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::sync::CentralReturnsClient</name>
    <message>
        <source>asked to decide offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::sync::ReceiptSigning</name>
    <message>
        <source>signed by a till head office has not told this till about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt %1 is signed with the key of till %2-%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>till %1-%2 was revoked at head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the till&apos;s certificate is not head office&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its contents do not match its signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::ApprovalDialog</name>
    <message>
        <source>Supervisor approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::BasketModel</name>
    <message>
        <source>VOID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code %1, SKU %2, VAT %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::CustomerDisplay</name>
    <message>
        <source>Kassa: customer display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING: practice sales, not real ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid %1 · to pay %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change %1 · Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::CustomerScreen</name>
    <message>
        <source>Agrees to marketing by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees to marketing by text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For this sale
F4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note
F7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer
F3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save
F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, phone number, e-mail address or loyalty card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt or order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for colleagues (Enter saves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer about each consent: an unticked box is recorded as declined, with this till and the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back
Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search, or scan the loyalty card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;. F3 records a new customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 customers: type more to narrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s): Enter opens the one chosen.</source>
        <translation>
            <numerusform>%n customer: Enter opens the one chosen.</numerusform>
            <numerusform>%n customers: Enter opens the one chosen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a customer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F4 makes this the sale&apos;s customer, F7 adds a note, Esc goes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the web shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a loyalty member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail marketing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text messages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sizes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brands: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name and a phone number, e-mail address or loyalty card. F12 saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved. F4 makes them the sale&apos;s customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases in every store and the web shop, as head office has them now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return from it
F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sizes and brands
F6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sizes, separated by commas: M, 38</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brands, separated by commas (Enter saves both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a purchase or a web order in the history first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sizes and brands the customer likes; Enter saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sizes and brands saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases as this till last knew them: head office cannot be asked now (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes with what they bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions: what customers who bought the same also bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestions yet: head office computes them from the purchases of all customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter does nothing on the customer&apos;s card: F4 serves this customer, Esc goes back to the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not added: scans go into the sale. F4 serves this customer and goes back to the sale; scan it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another store&apos;s customer: this till keeps only the first name and points. The whole record shows while head office answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::EnrollmentDialog</name>
    <message>
        <source>Enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect this till to central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter central&apos;s address and the one-time enrollment code head office gave you (kassa-central enroll). The till makes its own key, central signs it, and from then on the till sends its sales to central and takes the catalog from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed on receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits, e.g. 3001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First manager&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First manager&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager&apos;s PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later: sell without central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central&apos;s address starts with https://, for example https://central.example.com:8443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment code looks like KQ4M-X2PD-9ZLA:3f9a1c07e2b4d8aa. Type it as kassa-central printed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the store&apos;s name: it is printed on every receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the first manager&apos;s number (digits) and name: they are the first to log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs differ. Type the PIN again in both fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacting central…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX:fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::FunctionKeys</name>
    <message>
        <source>%1 (%2) cannot be used here now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::LoginScreen</name>
    <message>
        <source>Operator number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your operator number first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kassa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, till %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::LookupScreen</name>
    <message>
        <source>Name, brand, part of a word, SKU or barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to basket
F4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> /kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a second letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 products: type more to narrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a product first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back
Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product card
F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product card: F4 adds the product (or the variant chosen), Esc goes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every store, online
F6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking head office for every store&apos;s stock …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every store&apos;s stock, as head office has it now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::MainWindow</name>
    <message>
        <source>Kassa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · store %2 · till %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · cashier %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online · all sent · last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Online · %n waiting (oldest %1)</source>
        <translation>
            <numerusform>Online · %n waiting (oldest %1)</numerusform>
            <numerusform>Online · %n waiting (oldest %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n waiting (oldest %1) · last sync %2</source>
        <translation>
            <numerusform>Offline · %n waiting (oldest %1) · last sync %2</numerusform>
            <numerusform>Offline · %n waiting (oldest %1) · last sync %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n exception(s) from head office</source>
        <translation>
            <numerusform> · %n exception from head office</numerusform>
            <numerusform> · %n exceptions from head office</numerusform>
        </translation>
    </message>
    <message>
        <source> · TRAINING MODE: sales are practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift is open at this till. Count the float into the drawer, type it and press F12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n pickup(s) to pick</source>
        <translation>
            <numerusform> · %n pickup to pick</numerusform>
            <numerusform> · %n pickups to pick</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kassa::ui::PaymentScreen</name>
    <message>
        <source>Record the sale again
F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In cash (rounded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash
F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card
F3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to basket
Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 %2, authorisation %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount given (empty = exact), or scan a voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the payment terminal: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this till runs without head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking head office about voucher %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n loyalty point(s) %1</source>
        <translation>
            <numerusform>%n loyalty point %1</numerusform>
            <numerusform>%n loyalty points %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Points %1
F6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number of points as a whole number, or nothing to use as many as pay the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove payment
F8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2: the customer gave %1. Esc: type the amount again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the payment to remove with ↑ ↓ first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash %1 removed: hand it back to the customer. %2 left to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment of %1 removed: nothing is taken from it. %2 left to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount the customer gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment has been taken: finish the sale (%1 left), or take the payments back with F8 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit
F4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points
F6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock vouchers
F9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the voucher that pays %1, or type its whole code (SC-…) and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the voucher&apos;s barcode, or type its whole code (SC-…) and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong voucher codes were typed at this till. A manager unblocks voucher entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher entry stays blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vouchers are taken again (unblocked by %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::PickupScreen</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pick
F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready
F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All
F3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick
F4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short
F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready, print label
F6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused
F8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order
F9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the sale
Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup orders of store %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pays here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pickup orders are waiting to be picked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pickup orders here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collect by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch order %1 from the pickup shelf and scan its shelf label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is paid online. Mark what the customer refuses (F8), then F12 hands it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is paid here. Mark what the customer refuses (F8), then F12 rings it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the order to pick first (arrow keys, or type its number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picking order %1: scan each item. F5 marks the chosen line&apos;s rest short, F6 marks the order ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked. Scan the next item of order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is short: the web shop hears of it when the order is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is ready: put its shelf label on the parcel and the parcel on the pickup shelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the customer&apos;s code, or choose the order first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the pickup code from the customer&apos;s confirmation of order %1 and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing an item is part of the hand-over: scan the customer&apos;s code and the shelf label first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the customer&apos;s code and the order&apos;s shelf label first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is in the basket at the order&apos;s prices: take the payment (F12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the refused items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refused items are refunded to the online payment (return %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refused items were not refunded: take them back on the return screen with the order number. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the order cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is cancelled: put its goods back on the shelves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the items of the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pickup code, six digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the parcel&apos;s shelf label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F8 marks the chosen line refused, F12 hands the order over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the customer&apos;s code or a shelf label, or type an order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup code
F7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over
F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked: every item of order %1 is picked. F6 marks it ready and prints its label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the order and its line first (arrow keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manager&apos;s operator number and PIN unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is unlocked: scan or type the customer&apos;s code again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::ProductCardView</name>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet at head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> /kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, price book %2 until %3 (own price %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, price book %2 (own price %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT %1: no rate known today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT %1: %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU %1, codes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variants of %1, stock in this store (arrows choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s), a count of %1</source>
        <translation>
            <numerusform>%n movement, a count of %1</numerusform>
            <numerusform>%n movements, a count of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s): %1</source>
        <translation>
            <numerusform>%n movement: %1</numerusform>
            <numerusform>%n movements: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReceiptPrinter</name>
    <message>
        <source>The receipt printer %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer at %1 did not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer at %1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer %1 has not taken the receipt yet: check its paper, cover and cable. It prints when the printer is ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReceiptScreen</name>
    <message>
        <source>New sale
Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid. Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund %1. Return %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReturnScreen</name>
    <message>
        <source>as head office has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from this till&apos;s own receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the receipt&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the web orders this till keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the receipt&apos;s QR code, or type a receipt or web order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity (all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged, set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find
Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back
F4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt
F3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line
F8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash
F9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit
F10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel
Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund as paid
F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking head office about %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline (%1): decided under the offline rules, confirmed once head office has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a receipt: scan the items. A manager approves the return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office is holding the items for this return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office was lost (%1): decided under the offline rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the payment terminal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange: the new items (%1) are paid first from what comes back; only the rest is refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back %1 · towards the new items %2 · refund %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to remove: no line has been taken back yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer in this return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a receipt, scan each item to take it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the receipt first: scan its QR code or type its number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::SaleScreen</name>
    <message>
        <source>Scan or type a code; quantity first with *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity
F4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line discount
F6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basket discount
F7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void line
F8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay
F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Discounts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the quantity first, then ×, then scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new quantity, then press Quantity (F4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the discount first: 10% for a percentage, or an amount such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basket discount %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 discount %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basket discount set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line discount set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no suspended baskets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n line(s), %3</source>
        <translation>
            <numerusform>%1: %2, %n line, %3</numerusform>
            <numerusform>%1: %2, %n lines, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Recall a basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended baskets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basket %1 recalled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns
F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find product
F3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock
F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer
F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <source>Shift, cash, log out
F11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish or suspend the basket before the shift, the cash drawer or logging out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend / recall
F9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup orders
F10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basket suspended as number %1. Recall it with F9 when no sale is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish or suspend the basket before the pickup orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing typed is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc cancels what is typed. The sale stays: F12 pays, F9 suspends it, F8 voids the chosen line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::ShiftScreen</name>
    <message>
        <source>Change from the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Float top-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petty cash paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid to a supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken to the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into the safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change for a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawer checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open shift
F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash in
F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash out
F3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe drop
F4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open drawer
F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X report
F6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close shift (Z)
F7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out
F11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the sale
Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done
F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Float counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drawer&apos;s cash, by denomination (50x2 20x3 …) or as a total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reason, when a manager approves a difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift %1, open since %2 (opened by %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift is open: count the float into the drawer and open one (F1, then F12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mode is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift %1 is open with a float of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer is open (%1); it is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded (%2); the drawer is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the reason in Note and press F12 again for the manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not closed: count again, or ask a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift %1 is closed: Z report %2 is printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The X report shows the cash the drawer should hold: a supervisor&apos;s operator number and PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X report printed; the shift stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mode: sales are practice and never count. A manager&apos;s operator number and PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to real sales: a manager&apos;s operator number and PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mode is on: sales print as training and count nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mode is off: the till sells for real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record
F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose what to do first: F1 … F7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, or by denomination: 20x5 10x3 %2x4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in euros, such as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the amount is for first: F2 cash in, F3 cash out, F4 safe drop, F7 the close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount in euros, such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training
F9</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::StockScreen</name>
    <message>
        <source>Scan an item, or type a number and press F4 for the chosen line&apos;s quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aisle 4, back room …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged (out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrink (out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found (in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ST-002-01-000004, from the transfer&apos;s papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods received
F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count
F6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust
F7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer in
F9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity
F4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the sale
Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record
F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: goods received freely</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n line(s)</source>
        <translation>
            <numerusform>%1 · %n line</numerusform>
            <numerusform>%1 · %n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Goods received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer out to another store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer in from another store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in this till&apos;s catalog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan an item first, then type its quantity and press F4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (store %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recorded %1%2: %n line(s). Head office gets it with the next sync.</source>
        <translation>
            <numerusform>Recorded %1%2: %n line. Head office gets it with the next sync.</numerusform>
            <numerusform>Recorded %1%2: %n lines. Head office gets it with the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>Transfer out
F10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line
F8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
