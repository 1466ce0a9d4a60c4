<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ka">
<context>
    <name>AddCommand</name>
    <message>
        <source>Add a page with its text in one language; prints the new page's id.</source>
        <translation>ამატებს გვერდს ტექსტით ერთ ენაზე; ბეჭდავს ახალი გვერდის id-ს.</translation>
    </message>
    <message>
        <source>The site file.</source>
        <translation>საიტის ფაილი.</translation>
    </message>
    <message>
        <source>add: --title is required</source>
        <translation>add: --title აუცილებელია</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <source>Article body</source>
        <translation>სტატიის ტექსტი</translation>
    </message>
    <message>
        <source>Describe the image</source>
        <translation>აღწერეთ სურათი</translation>
    </message>
    <message>
        <source>Alternative text, read to people who cannot see the image:</source>
        <translation>ალტერნატიული ტექსტი, რომელსაც წაუკითხავენ მათ, ვინც სურათს ვერ ხედავს:</translation>
    </message>
    <message>
        <source>Looking for suggestions…</source>
        <translation>ვარიანტების ძებნა…</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>ვარიანტები არ არის</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>უგულებელყოფა</translation>
    </message>
    <message>
        <source>Nothing was pasted: %1</source>
        <translation>არაფერი ჩაისვა: %1</translation>
    </message>
    <message numerus="yes">
        <source>Pasted without %n image(s) that could not be stored.</source>
        <translation>
            <numerusform>ჩაისვა %n სურათის გარეშე, რომლის შენახვაც ვერ მოხერხდა.</numerusform>
            <numerusform>ჩაისვა %n სურათის გარეშე, რომლის შენახვაც ვერ მოხერხდა.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot read the image: %2</source>
        <translation>%1: სურათის წაკითხვა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>%1: not an image Newsdesk can show</source>
        <translation>%1: ეს არ არის სურათი, რომელსაც Newsdesk აჩვენებს</translation>
    </message>
    <message>
        <source>%1: the image could not be stored</source>
        <translation>%1: სურათის შენახვა ვერ მოხერხდა</translation>
    </message>
    <message>
        <source>Add to Personal Dictionary</source>
        <translation>პირად ლექსიკონში დამატება</translation>
    </message>
    <message>
        <source>Accept the word in everything you check on this computer</source>
        <translation>სიტყვა მიიღება ყველაფერში, რასაც ამ კომპიუტერზე ამოწმებთ</translation>
    </message>
    <message>
        <source>Add to Site Dictionary</source>
        <translation>საიტის ლექსიკონში დამატება</translation>
    </message>
    <message>
        <source>Accept the word for everyone who edits this site</source>
        <translation>სიტყვა მიიღება ყველასთვის, ვინც ამ საიტს არედაქტირებს</translation>
    </message>
    <message>
        <source>Insert Row &amp;Above</source>
        <translation>მწკრივის ჩასმა &amp;ზემოთ</translation>
    </message>
    <message>
        <source>Insert Row &amp;Below</source>
        <translation>მწკრივის ჩასმა &amp;ქვემოთ</translation>
    </message>
    <message>
        <source>Insert Column &amp;Left</source>
        <translation>სვეტის ჩასმა მარც&amp;ხნივ</translation>
    </message>
    <message>
        <source>Insert Column &amp;Right</source>
        <translation>სვეტის ჩასმა მარ&amp;ჯვნივ</translation>
    </message>
    <message>
        <source>Delete Ro&amp;w</source>
        <translation>მწკრივის &amp;წაშლა</translation>
    </message>
    <message>
        <source>Delete Colu&amp;mn</source>
        <translation>სვეტის წა&amp;შლა</translation>
    </message>
</context>
<context>
    <name>ArticleImport</name>
    <message>
        <source>%1: cannot import .%2 files (use .html, .htm, .md or .txt)</source>
        <translation>%1: .%2 ფაილების იმპორტი შეუძლებელია (გამოიყენეთ .html, .htm, .md ან .txt)</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: ფაილის წაკითხვა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>%1: the file is too large to import (%2 MB; at most %3 MB)</source>
        <translation>%1: ფაილი იმპორტისთვის ძალიან დიდია (%2 მბ; მაქსიმუმ %3 მბ)</translation>
    </message>
    <message>
        <source>%1: the file is not valid UTF-8 text</source>
        <translation>%1: ფაილი არ არის სწორი UTF-8 ტექსტი</translation>
    </message>
</context>
<context>
    <name>ArticlePane</name>
    <message>
        <source>Language</source>
        <translation>ენა</translation>
    </message>
    <message>
        <source>Translation state</source>
        <translation>თარგმანის მდგომარეობა</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>სათაური</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>სლაგი</translation>
    </message>
    <message>
        <source>The last part of the page's address: a-z, 0-9 and hyphens.</source>
        <translation>გვერდის მისამართის ბოლო ნაწილი: a-z, 0-9 და დეფისები.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>მოკლე აღწერა</translation>
    </message>
    <message>
        <source>One or two sentences for lists, feeds and search engines</source>
        <translation>ერთი-ორი წინადადება სიებისთვის, არხებისა და საძიებო სისტემებისთვის</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>სტატუსი</translation>
    </message>
    <message>
        <source>Publish date</source>
        <translation>გამოქვეყნების თარიღი</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>თარიღის გარეშე</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>ფორმატირება</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;სათაური</translation>
    </message>
    <message>
        <source>S&amp;lug</source>
        <translation>ს&amp;ლაგი</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>მოკლე &amp;აღწერა</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>სტა&amp;ტუსი</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;ჩანაცვლება…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;ძებნა…</translation>
    </message>
    <message>
        <source>Paragraph style</source>
        <translation>აბზაცის სტილი</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>აბზაცი</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>სათაური 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>სათაური 3</translation>
    </message>
    <message>
        <source>Heading 4</source>
        <translation>სათაური 4</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>მუქი</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>დახრილი</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>ბმული…</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>მარკირებული სია</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>დანომრილი სია</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>შეწევის შემცირება</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>შეწევა</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>ციტატა</translation>
    </message>
    <message>
        <source>Image…</source>
        <translation>სურათი…</translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation>სურათის ჩასმა</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>სურათები (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>ცხრილი</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>დაბრუნება</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>დაბრუნება (%1)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>გამეორება</translation>
    </message>
    <message>
        <source>Redo (%1)</source>
        <translation>გამეორება (%1)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ამო&amp;ჭრა</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;ასლი</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;ჩასმა</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>ბმული</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>სურათი</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>ინახება…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>შენახულია</translation>
    </message>
    <message>
        <source>No %1 text yet: type to start it.</source>
        <translation>%1 ტექსტი ჯერ არ არის: დაიწყეთ წერა.</translation>
    </message>
    <message>
        <source>Title in %1</source>
        <translation>სათაური (%1)</translation>
    </message>
    <message>
        <source>No site is open</source>
        <translation>საიტი არ არის გახსნილი</translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation>&amp;აბზაცი</translation>
    </message>
    <message>
        <source>Heading &amp;2</source>
        <translation>სათაური &amp;2</translation>
    </message>
    <message>
        <source>Heading &amp;3</source>
        <translation>სათაური &amp;3</translation>
    </message>
    <message>
        <source>Heading &amp;4</source>
        <translation>სათაური &amp;4</translation>
    </message>
    <message>
        <source>&amp;Clear Formatting</source>
        <translation>ფორმატირების &amp;მოხსნა</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>გვერდი %1</translation>
    </message>
    <message>
        <source>“%1” (%2) was not saved, and stays here to copy: %3</source>
        <translation>„%1“ (%2) არ შეინახა და აქვე რჩება კოპირებისთვის: %3</translation>
    </message>
    <message>
        <source>Saved your choices for “%1”; both versions are in History</source>
        <translation>თქვენი არჩევანი „%1“-ისთვის შენახულია; ორივე ვერსია ისტორიაშია</translation>
    </message>
    <message>
        <source>Not saved: your text stays here and in History until you choose (save again with Ctrl+S)</source>
        <translation>არ შეინახა: თქვენი ტექსტი რჩება აქ და ისტორიაში, სანამ არ აირჩევთ (ხელახლა შესანახად Ctrl+S)</translation>
    </message>
    <message>
        <source>Who else is editing</source>
        <translation>სხვა ვინ არედაქტირებს</translation>
    </message>
    <message>
        <source>“%1” (%2) is kept on this computer until the server is back</source>
        <translation>„%1“ (%2) ინახება ამ კომპიუტერზე, სანამ სერვერი დაბრუნდება</translation>
    </message>
    <message>
        <source>%1 is not the page text shown</source>
        <translation>%1 ახლა ნაჩვენები გვერდის ტექსტი არ არის</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Write a checked copy of a site, or list its automatic backups.</source>
        <translation>წერს საიტის შემოწმებულ ასლს ან ჩამოთვლის მის ავტომატურ სარეზერვო ასლებს.</translation>
    </message>
    <message>
        <source>The copy to write (must not exist).</source>
        <translation>ჩასაწერი ასლი (არ უნდა არსებობდეს).</translation>
    </message>
    <message>
        <source>List the automatic backups (daily, before upgrades, before restores).</source>
        <translation>ავტომატური სარეზერვო ასლების ჩამოთვლა (ყოველდღიური, განახლებამდე, აღდგენამდე).</translation>
    </message>
    <message>
        <source>backup: --list takes only the site</source>
        <translation>backup: --list მხოლოდ საიტს იღებს</translation>
    </message>
    <message>
        <source>No backups of %1 in %2</source>
        <translation>%1-ის სარეზერვო ასლები %2-ში არ არის</translation>
    </message>
    <message>
        <source>backup: expected %1 (see 'newsdesk backup --help')</source>
        <translation>backup: მოსალოდნელი იყო %1 (იხ. 'newsdesk backup --help')</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, checked)</source>
        <translation>ჩაიწერა %1 (%2, შემოწმებულია)</translation>
    </message>
    <message>
        <source>backup: --restore takes only the site</source>
        <translation>backup: --restore მხოლოდ საიტს იღებს</translation>
    </message>
    <message>
        <source>Restored %1 from %2</source>
        <translation>%1 აღდგა %2-დან</translation>
    </message>
    <message>
        <source>The site: a site file, or a team site's postgresql:// address.</source>
        <translation>საიტი: საიტის ფაილი ან გუნდური საიტის postgresql:// მისამართი.</translation>
    </message>
    <message>
        <source>Put this backup in place of a site file (checked first; the site as it is becomes a backup). No one may have the site open. A team site is not restored: copy the backup into an empty database.</source>
        <translation>ამ სარეზერვო ასლით საიტის ფაილის ჩანაცვლება (ჯერ მოწმდება; საიტი ამჟამინდელი სახით სარეზერვო ასლად ინახება). საიტი არავის უნდა ჰქონდეს გახსნილი. გუნდური საიტი ასე არ აღდგება: დააკოპირეთ სარეზერვო ასლი ცარიელ მონაცემთა ბაზაში.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>%1: no such backup</source>
        <translation>%1: ასეთი სარეზერვო ასლი არ არსებობს</translation>
    </message>
    <message>
        <source>%1: the backup cannot be opened: %2</source>
        <translation>%1: სარეზერვო ასლის გახსნა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>%1: the backup is damaged: %2</source>
        <translation>%1: სარეზერვო ასლი დაზიანებულია: %2</translation>
    </message>
    <message>
        <source>%1: not a Newsdesk site</source>
        <translation>%1: ეს Newsdesk-ის საიტი არ არის</translation>
    </message>
    <message>
        <source>%1: a file of that name exists already</source>
        <translation>%1: ამ სახელის ფაილი უკვე არსებობს</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: საქაღალდის შექმნა ვერ მოხერხდა</translation>
    </message>
    <message>
        <source>%1: cannot back up to %2: %3</source>
        <translation>%1: სარეზერვო ასლის %2-ში ჩაწერა ვერ მოხერხდა: %3</translation>
    </message>
    <message>
        <source>%1: the backup %2 did not check out: %3</source>
        <translation>%1: სარეზერვო ასლმა %2 შემოწმება ვერ გაიარა: %3</translation>
    </message>
    <message>
        <source>%1: cannot copy the backup beside the site</source>
        <translation>%1: სარეზერვო ასლის საიტის გვერდით კოპირება ვერ მოხერხდა</translation>
    </message>
    <message>
        <source>%1: cannot put the backup in place</source>
        <translation>%1: სარეზერვო ასლის ადგილზე ჩადგმა ვერ მოხერხდა</translation>
    </message>
    <message>
        <source>%1: cannot keep the site as it is in %2; nothing was restored</source>
        <translation>%1: საიტის ამჟამინდელი მდგომარეობის %2-ში შენახვა ვერ მოხერხდა; არაფერი აღდგენილა</translation>
    </message>
    <message>
        <source>%1: a team site is not replaced by a backup while the team works on it; copy the backup into an empty database (newsdesk copy %2 postgresql://…) and have everyone open that</source>
        <translation>%1: გუნდური საიტი სარეზერვო ასლით არ იცვლება, სანამ გუნდი მასზე მუშაობს; დააკოპირეთ სარეზერვო ასლი ცარიელ მონაცემთა ბაზაში (newsdesk copy %2 postgresql://…) და ყველამ ის გახსნას</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>სარეზერვო ასლიდან აღდგენა</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>სარეზერვო ასლები</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>შეიქმნა</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>რატომ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ზომა</translation>
    </message>
    <message>
        <source>Restoring replaces the site with the backup; the site as it is now is kept as a backup first.</source>
        <translation>აღდგენა საიტს სარეზერვო ასლით ცვლის; მანამდე საიტის ამჟამინდელი მდგომარეობაც სარეზერვო ასლად ინახება.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;აღდგენა</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>ყოველდღიური</translation>
    </message>
    <message>
        <source>before an upgrade of the file</source>
        <translation>ფაილის განახლებამდე</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>აღდგენამდე</translation>
    </message>
    <message>
        <source>No backups yet. Newsdesk makes one each day it opens the site, and one before it upgrades the file; they are kept in %1.</source>
        <translation>სარეზერვო ასლები ჯერ არ არის. Newsdesk ქმნის ერთს ყოველ დღეს, როცა საიტს ხსნის, და ერთს ფაილის განახლებამდე; ისინი ინახება აქ: %1.</translation>
    </message>
    <message>
        <source>Backups are kept in %1.</source>
        <translation>სარეზერვო ასლები ინახება აქ: %1.</translation>
    </message>
</context>
<context>
    <name>BenchSiteCommand</name>
    <message>
        <source>Create a synthetic bilingual site for benchmarks.</source>
        <translation>ქმნის სინთეტიკურ ორენოვან საიტს წარმადობის გასაზომად.</translation>
    </message>
    <message>
        <source>The new site file.</source>
        <translation>ახალი საიტის ფაილი.</translation>
    </message>
    <message>
        <source>Articles in each language.</source>
        <translation>სტატიები თითოეულ ენაზე.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Words per article (default 600).</source>
        <translation>სიტყვები სტატიაში (ნაგულისხმევად 600).</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Sections (default 5).</source>
        <translation>განყოფილებები (ნაგულისხმევად 5).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>bench-site: --pages-per-lang, --words (at least 20) and --sections take positive whole numbers</source>
        <translation>bench-site: --pages-per-lang, --words (მინიმუმ 20) და --sections დადებით მთელ რიცხვებს იღებს</translation>
    </message>
    <message>
        <source>Created %1 with %2 articles per language</source>
        <translation>შეიქმნა %1, %2 სტატია თითოეულ ენაზე</translation>
    </message>
</context>
<context>
    <name>BundleWriter</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: საქაღალდის შექმნა ვერ მოხერხდა</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: ჩაწერა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>%1: refusing to write outside the bundle</source>
        <translation>%1: პაკეტის გარეთ ჩაწერაზე უარი</translation>
    </message>
    <message>
        <source>%1: cannot open the folder: %2</source>
        <translation>%1: საქაღალდის გახსნა ვერ მოხერხდა: %2</translation>
    </message>
</context>
<context>
    <name>BundleZip</name>
    <message>
        <source>%1: cannot create the zip (libzip error %2)</source>
        <translation>%1: zip-ის შექმნა ვერ მოხერხდა (libzip-ის შეცდომა %2)</translation>
    </message>
    <message>
        <source>%1: cannot add %2: %3</source>
        <translation>%1: %2-ის დამატება ვერ მოხერხდა: %3</translation>
    </message>
    <message>
        <source>%1: cannot write the zip: %2</source>
        <translation>%1: zip-ის ჩაწერა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>%1: cannot replace the file</source>
        <translation>%1: ფაილის ჩანაცვლება ვერ მოხერხდა</translation>
    </message>
    <message>
        <source>%1: cannot open the zip (libzip error %2)</source>
        <translation>%1: zip-ის გახსნა ვერ მოხერხდა (libzip-ის შეცდომა %2)</translation>
    </message>
    <message>
        <source>%1: cannot read %2</source>
        <translation>%1: %2-ის წაკითხვა ვერ მოხერხდა</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check what an export would publish: links, images, titles, translations.</source>
        <translation>ამოწმებს, რას გამოაქვეყნებდა ექსპორტი: ბმულებს, სურათებს, სათაურებს, თარგმანებს.</translation>
    </message>
    <message>
        <source>The site file.</source>
        <translation>საიტის ფაილი.</translation>
    </message>
    <message>
        <source>Print the findings as JSON.</source>
        <translation>შედეგების JSON-ად ბეჭდვა.</translation>
    </message>
    <message>
        <source>Check only these languages (comma-separated codes).</source>
        <translation>მხოლოდ ამ ენების შემოწმება (მძიმით გამოყოფილი კოდები).</translation>
    </message>
    <message>
        <source>LANGS</source>
        <translation>LANGS</translation>
    </message>
    <message>
        <source>The address the bundle will have, as export takes it.</source>
        <translation>მისამართი, რომელიც პაკეტს ექნება, ისე, როგორც ექსპორტი იღებს.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>%1: %2 error(s), %3 warning(s)</source>
        <translation>%1: შეცდომები: %2, გაფრთხილებები: %3</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Show this help.</source>
        <translation>ამ დახმარების ჩვენება.</translation>
    </message>
    <message>
        <source>%1: %2 (see 'newsdesk %1 --help')</source>
        <translation>%1: %2 (იხ. 'newsdesk %1 --help')</translation>
    </message>
    <message>
        <source>%1: expected %2 (see 'newsdesk %1 --help')</source>
        <translation>%1: მოსალოდნელი იყო %2 (იხ. 'newsdesk %1 --help')</translation>
    </message>
    <message>
        <source>Parent page: an id or slug path; '/' or none for the top level.</source>
        <translation>მშობელი გვერდი: id ან სლაგების გზა; '/' ან არაფერი — ზედა დონისთვის.</translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation>PAGE</translation>
    </message>
    <message>
        <source>section, page or news (default: page).</source>
        <translation>section, page ან news (ნაგულისხმევად: page).</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>--kind: '%1' is not one of section, page, news</source>
        <translation>--kind: '%1' არ არის section, page ან news</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: ფაილის წაკითხვა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>%1: the file is not valid UTF-8 text</source>
        <translation>%1: ფაილი არ არის სწორი UTF-8 ტექსტი</translation>
    </message>
    <message>
        <source>--%1: '%2' is not a date (use 2020-11-25 or 2020-11-25T10:00:00Z)</source>
        <translation>--%1: '%2' არ არის თარიღი (გამოიყენეთ 2020-11-25 ან 2020-11-25T10:00:00Z)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: newsdesk [SITE]                 open the editor (default: the last site)
       newsdesk COMMAND [options] …    work on a site from the command line

Commands:
</source>
        <translation>გამოყენება: newsdesk [SITE]                 რედაქტორის გახსნა (ნაგულისხმევად: ბოლო საიტი)
            newsdesk COMMAND [options] …    საიტზე მუშაობა ბრძანებათა სტრიქონიდან

ბრძანებები:
</translation>
    </message>
    <message>
        <source>
'newsdesk COMMAND --help' describes a command's options.
Exit codes: 0 fine, 1 problems found, 2 usage or I/O error.
</source>
        <translation>
'newsdesk COMMAND --help' აღწერს ბრძანების პარამეტრებს.
გასვლის კოდები: 0 — ყველაფერი რიგზეა, 1 — ნაპოვნია პრობლემები, 2 — გამოყენების ან შეტანა-გამოტანის შეცდომა.
</translation>
    </message>
    <message>
        <source>newsdesk: unknown command '%1' (see 'newsdesk --help')</source>
        <translation>newsdesk: უცნობი ბრძანება '%1' (იხ. 'newsdesk --help')</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed on both sides: %1</source>
        <translation>ორივე მხარეს შეიცვალა: %1</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>სხვამ</translation>
    </message>
    <message>
        <source>%1 also changed “%2” at %3, where you changed it too. Choose what to keep in each part below; both your text and theirs stay in History whatever you choose.</source>
        <translation>„%2“ %3-ზე შეცვალა აგრეთვე: %1, იქ, სადაც თქვენც შეცვალეთ. აირჩიეთ, რა დარჩეს ქვემოთ თითოეულ ნაწილში; რასაც არ უნდა აირჩიოთ, თქვენი და მათი ტექსტი ორივე ისტორიაში რჩება.</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>თქვენი</translation>
    </message>
    <message>
        <source>Theirs (%1)</source>
        <translation>მათი (%1)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>ჩემი დარჩეს</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>მათი დარჩეს</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>ორივე დარჩეს</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(არ არის)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>შენახვა</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>მოგვიანებით გადავწყვეტ</translation>
    </message>
    <message>
        <source>%1 changed the title at %2</source>
        <translation>სათაური შეცვალა: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 changed the summary at %2</source>
        <translation>მოკლე აღწერა შეცვალა: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 changed the slug at %2</source>
        <translation>სლაგი შეცვალა: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 changed the status at %2</source>
        <translation>სტატუსი შეცვალა: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 changed the publish date at %2</source>
        <translation>გამოქვეყნების თარიღი შეცვალა: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 changed this paragraph at %2</source>
        <translation>ეს აბზაცი შეცვალა: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 changed this heading at %2</source>
        <translation>ეს სათაური შეცვალა: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 changed this list at %2</source>
        <translation>ეს სია შეცვალა: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 changed this quote at %2</source>
        <translation>ეს ციტატა შეცვალა: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 changed this image at %2</source>
        <translation>ეს სურათი შეცვალა: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 changed this table at %2</source>
        <translation>ეს ცხრილი შეცვალა: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 changed these paragraphs at %2</source>
        <translation>ეს აბზაცები შეცვალა: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message>
        <source>Copy a whole site between a file and a team site's server, checked.</source>
        <translation>აკოპირებს მთელ საიტს ფაილსა და გუნდური საიტის სერვერს შორის და ამოწმებს ასლს.</translation>
    </message>
    <message>
        <source>The site to copy: a site file or a team site's postgresql:// address (only read).</source>
        <translation>დასაკოპირებელი საიტი: საიტის ფაილი ან გუნდური საიტის postgresql:// მისამართი (მხოლოდ იკითხება).</translation>
    </message>
    <message>
        <source>The copy: a new site file, or an empty database's postgresql:// address.</source>
        <translation>ასლი: საიტის ახალი ფაილი ან ცარიელი მონაცემთა ბაზის postgresql:// მისამართი.</translation>
    </message>
    <message>
        <source>copying %1: %2 of %3 rows</source>
        <translation>კოპირდება %1: %2 სტრიქონი %3-დან</translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3 tables, %4 rows; counts and checksums match</source>
        <translation>დაკოპირდა: %1 → %2: %3 ცხრილი, %4 სტრიქონი; რაოდენობები და საკონტროლო ჯამები ემთხვევა</translation>
    </message>
</context>
<context>
    <name>DeleteCommand</name>
    <message>
        <source>Move a page and its subpages to the trash.</source>
        <translation>გვერდს ქვეგვერდებიანად ნაგავში გადაიტანს.</translation>
    </message>
    <message>
        <source>The site file.</source>
        <translation>საიტის ფაილი.</translation>
    </message>
    <message>
        <source>A page id, or a slug path such as news/my-article.</source>
        <translation>გვერდის id ან სლაგების გზა, მაგალითად news/my-article.</translation>
    </message>
    <message>
        <source>Moved page %1 to the trash (entry %2; 'newsdesk trash SITE --restore %2' puts it back)</source>
        <translation>გვერდი %1 ნაგავში გადავიდა (ჩანაწერი %2; 'newsdesk trash SITE --restore %2' დააბრუნებს)</translation>
    </message>
</context>
<context>
    <name>DemoSite</name>
    <message>
        <source>%1: page '%2' has an unknown kind or status</source>
        <translation>%1: გვერდს '%2' უცნობი სახე ან სტატუსი აქვს</translation>
    </message>
    <message>
        <source>%1: link to an unknown page: %2</source>
        <translation>%1: ბმული უცნობ გვერდზე: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the demo content: %2</source>
        <translation>%1: სადემონსტრაციო შიგთავსის წაკითხვა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>%1: the demo content is not valid JSON at offset %2: %3</source>
        <translation>%1: სადემონსტრაციო შიგთავსი არ არის სწორი JSON (პოზიცია %2): %3</translation>
    </message>
    <message>
        <source>%1: cannot read the demo photo: %2</source>
        <translation>%1: სადემონსტრაციო ფოტოს წაკითხვა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>%1: page '%2' has an unknown lead image '%3'</source>
        <translation>%1: გვერდს '%2' უცნობი მთავარი სურათი '%3' აქვს</translation>
    </message>
</context>
<context>
    <name>ExportCache</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: ჩაწერა ვერ მოხერხდა: %2</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Check the site, then write what is published as a static bundle.</source>
        <translation>ამოწმებს საიტს, შემდეგ გამოქვეყნებულს წერს სტატიკურ პაკეტად.</translation>
    </message>
    <message>
        <source>The site file.</source>
        <translation>საიტის ფაილი.</translation>
    </message>
    <message>
        <source>The bundle: a folder (files an earlier export wrote are updated) or a .zip file.</source>
        <translation>პაკეტი: საქაღალდე (წინა ექსპორტის ფაილები განახლდება) ან .zip ფაილი.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The address the bundle will have (https://…/), for canonical links, the sitemap and Open Graph; default: the site's.</source>
        <translation>მისამართი, რომელიც პაკეტს ექნება (https://…/), კანონიკური ბმულებისთვის, საიტის რუკისა და Open Graph-ისთვის; ნაგულისხმევად: საიტისა.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Publish only these languages (comma-separated codes).</source>
        <translation>მხოლოდ ამ ენების გამოქვეყნება (მძიმით გამოყოფილი კოდები).</translation>
    </message>
    <message>
        <source>LANGS</source>
        <translation>LANGS</translation>
    </message>
    <message>
        <source>Export even when the check finds errors.</source>
        <translation>ექსპორტი მაშინაც, როცა შემოწმება შეცდომებს პოულობს.</translation>
    </message>
    <message>
        <source>%1: the site has no language '%2' (it has %3)</source>
        <translation>%1: საიტს არ აქვს ენა '%2' (აქვს %3)</translation>
    </message>
    <message>
        <source>--lang: no language given</source>
        <translation>--lang: ენა არ არის მითითებული</translation>
    </message>
    <message>
        <source>--base-url: '%1' is not an http(s) address such as https://www.example.org/georgia/</source>
        <translation>--base-url: '%1' არ არის http(s) მისამართი, მაგალითად https://www.example.org/georgia/</translation>
    </message>
    <message>
        <source>export: --out is required</source>
        <translation>export: --out აუცილებელია</translation>
    </message>
    <message>
        <source>Rendering %1 of %2 pages</source>
        <translation>გვერდების აწყობა: %1 / %2</translation>
    </message>
    <message>
        <source>Writing %1 of %2 files</source>
        <translation>ფაილების ჩაწერა: %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>export: %n error(s) found; nothing written (--force exports anyway)</source>
        <translation>
            <numerusform>export: ნაპოვნია %n შეცდომა; არაფერი ჩაწერილა (--force მაინც გაიტანს)</numerusform>
            <numerusform>export: ნაპოვნია %n შეცდომა; არაფერი ჩაწერილა (--force მაინც გაიტანს)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 files</source>
        <translation>%1: %2 ფაილი</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 changed, %4 removed, %5 unchanged (%6 pages rendered)</source>
        <translation>%1: დაემატა %2, შეიცვალა %3, წაიშალა %4, უცვლელია %5 (აიწყო %6 გვერდი)</translation>
    </message>
    <message>
        <source>Publish each image's original file too (with its metadata, GPS included).</source>
        <translation>თითოეული სურათის ორიგინალი ფაილიც გამოქვეყნდეს (მისი მეტამონაცემებით, GPS-ის ჩათვლით).</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Site</source>
        <translation>საიტის ექსპორტი</translation>
    </message>
    <message>
        <source>Pre-publish check</source>
        <translation>გამოქვეყნებამდე შემოწმება</translation>
    </message>
    <message>
        <source>Checking the site…</source>
        <translation>საიტი მოწმდება…</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>შედეგები</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>გვერდი</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>პრობლემა</translation>
    </message>
    <message>
        <source>Export despite the errors</source>
        <translation>ექსპორტი შეცდომების მიუხედავად</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>დანიშნულება</translation>
    </message>
    <message>
        <source>A folder, or a file ending in .zip</source>
        <translation>საქაღალდე ან .zip-ით დაბოლოებული ფაილი</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>საქაღალდე…</translation>
    </message>
    <message>
        <source>Zip File…</source>
        <translation>Zip ფაილი…</translation>
    </message>
    <message>
        <source>Export &amp;to:</source>
        <translation>ექსპორტის &amp;ადგილი:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>ექსპორტის მსვლელობა</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;ექსპორტი</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>საქაღალდის &amp;გახსნა</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>ექსპორტი საქაღალდეში</translation>
    </message>
    <message>
        <source>Export to Zip File</source>
        <translation>ექსპორტი Zip ფაილში</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip ფაილები (*.zip)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>საიტი</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>შეცდომა</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>გაფრთხილება</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>პრობლემები არ მოიძებნა.</translation>
    </message>
    <message numerus="yes">
        <source>No errors; %n warning(s) to look at.</source>
        <translation>
            <numerusform>შეცდომები არ არის; გასათვალისწინებელია %n გაფრთხილება.</numerusform>
            <numerusform>შეცდომები არ არის; გასათვალისწინებელია %n გაფრთხილება.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) must be fixed before publishing</source>
        <translation>
            <numerusform>გამოქვეყნებამდე %n შეცდომა უნდა გასწორდეს</numerusform>
            <numerusform>გამოქვეყნებამდე %n შეცდომა უნდა გასწორდეს</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (and %n warning(s)).</source>
        <translation>
            <numerusform> (და %n გაფრთხილება).</numerusform>
            <numerusform> (და %n გაფრთხილება).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>გაუქმება</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>დახურვა</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>მიმდინარეობს ექსპორტი…</translation>
    </message>
    <message>
        <source>Rendering pages: %1 of %2</source>
        <translation>გვერდების აწყობა: %1 / %2</translation>
    </message>
    <message>
        <source>Writing files: %1 of %2</source>
        <translation>ფაილების ჩაწერა: %1 / %2</translation>
    </message>
    <message>
        <source>Export cancelled; the previous bundle was left as it was.</source>
        <translation>ექსპორტი გაუქმდა; წინა პაკეტი ხელუხლებელია.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation>
            <numerusform>%n ფაილი გავიდა აქ: %1.</numerusform>
            <numerusform>%n ფაილი გავიდა აქ: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1: %2 added, %3 changed, %4 removed, %5 unchanged.</source>
        <translation>ექსპორტი აქ: %1: დაემატა %2, შეიცვალა %3, წაიშალა %4, უცვლელია %5.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>უქმდება…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ExportPlan</name>
    <message>
        <source>%1: nothing to publish: no page is published in %2</source>
        <translation>%1: გამოსაქვეყნებელი არაფერია: %2 ენაზე არცერთი გვერდი არ არის გამოქვეყნებული</translation>
    </message>
    <message>
        <source>any language</source>
        <translation>ნებისმიერ</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;რეგისტრის დამთხვევა</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>ძებნა</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>ჩანაცვლება ამით</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;წინა</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;შემდეგი</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;ჩანაცვლება</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>&amp;ყველას ჩანაცვლება</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>დახურვა</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>ძებნის შედეგი</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>ვერ მოიძებნა</translation>
    </message>
    <message>
        <source>Replaced %1</source>
        <translation>ჩანაცვლდა: %1</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>--lang: '%1' is not a language of the site (it has %2)</source>
        <translation>--lang: '%1' საიტის ენა არ არის (აქვს %2)</translation>
    </message>
    <message>
        <source>The site file.</source>
        <translation>საიტის ფაილი.</translation>
    </message>
    <message>
        <source>A page id, or a slug path such as news/my-article.</source>
        <translation>გვერდის id ან სლაგების გზა, მაგალითად news/my-article.</translation>
    </message>
    <message>
        <source>The language of the text (default: the source language).</source>
        <translation>ტექსტის ენა (ნაგულისხმევად: წყაროს ენა).</translation>
    </message>
    <message>
        <source>List the revisions of a page's text in one language, newest first.</source>
        <translation>ჩამოთვლის გვერდის ტექსტის ვერსიებს ერთ ენაზე, უახლესიდან.</translation>
    </message>
    <message>
        <source>Print the revisions as JSON.</source>
        <translation>ვერსიების JSON-ად ბეჭდვა.</translation>
    </message>
    <message>
        <source>No revisions yet.</source>
        <translation>ვერსიები ჯერ არ არის.</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n სიტყვა</numerusform>
            <numerusform>%n სიტყვა</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>autosaved</source>
        <translation>ავტომატურად შეინახა</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>აღდგა</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>შემოტანილია</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>შეინახა</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>ისტორია (%1)</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>ვერსიები</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>ვერსია</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>შენახვის დრო</translation>
    </message>
    <message>
        <source>How</source>
        <translation>როგორ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ვინ</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>სიტყვები</translation>
    </message>
    <message>
        <source>Changes since this revision</source>
        <translation>ცვლილებები ამ ვერსიის შემდეგ</translation>
    </message>
    <message>
        <source>&amp;Restore This Revision</source>
        <translation>ამ ვერსიის &amp;აღდგენა</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>აღდგენა ვერ მოხერხდა</translation>
    </message>
    <message>
        <source>&lt;p&gt;No revisions yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ვერსიები ჯერ არ არის.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Changes from revision %1 to the current text:</source>
        <translation>ცვლილებები ვერსია %1-დან მიმდინარე ტექსტამდე:</translation>
    </message>
    <message>
        <source>None: the current text is this revision.</source>
        <translation>არცერთი: მიმდინარე ტექსტი სწორედ ეს ვერსიაა.</translation>
    </message>
    <message>
        <source>added %1:</source>
        <translation>დაემატა %1:</translation>
    </message>
    <message>
        <source>removed %1:</source>
        <translation>წაიშალა %1:</translation>
    </message>
    <message>
        <source>changed %1:</source>
        <translation>შეიცვალა %1:</translation>
    </message>
</context>
<context>
    <name>HtmlSanitizer</name>
    <message>
        <source>the HTML is too large (%1 MB; at most %2 MB)</source>
        <translation>HTML ძალიან დიდია (%1 მბ; მაქსიმუმ %2 მბ)</translation>
    </message>
</context>
<context>
    <name>ImageDerivatives</name>
    <message>
        <source>cannot start libvips</source>
        <translation>libvips ვერ გაეშვა</translation>
    </message>
    <message>
        <source>%1: cannot make the %2 px copy: %3</source>
        <translation>%1: %2 პიქსელიანი ასლი ვერ შეიქმნა: %3</translation>
    </message>
    <message>
        <source>not an image libvips reads</source>
        <translation>ეს არ არის სურათი, რომელსაც libvips კითხულობს</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Create a page from an HTML, Markdown or text file; prints the new page's id.</source>
        <translation>ქმნის გვერდს HTML, Markdown ან ტექსტური ფაილიდან; ბეჭდავს ახალი გვერდის id-ს.</translation>
    </message>
    <message>
        <source>The site file.</source>
        <translation>საიტის ფაილი.</translation>
    </message>
    <message>
        <source>The file to import (.html, .htm, .md, .txt), UTF-8.</source>
        <translation>იმპორტის ფაილი (.html, .htm, .md, .txt), UTF-8.</translation>
    </message>
    <message>
        <source>Language of the file (en, ka).</source>
        <translation>ფაილის ენა (en, ka).</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Title (default: the first h1, else &lt;title&gt;, else the file name).</source>
        <translation>სათაური (ნაგულისხმევად: პირველი h1, თუ არა — &lt;title&gt;, თუ არა — ფაილის სახელი).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>import: --lang is required</source>
        <translation>import: --lang აუცილებელია</translation>
    </message>
    <message>
        <source>--lang: '%1' is not a language of %2 (it has: %3)</source>
        <translation>--lang: '%1' არ არის %2-ის ენა (აქვს: %3)</translation>
    </message>
    <message>
        <source>--title: the title must not be empty</source>
        <translation>--title: სათაური ცარიელი არ უნდა იყოს</translation>
    </message>
    <message>
        <source>warning: image left out: %1</source>
        <translation>გაფრთხილება: სურათი გამოტოვებულია: %1</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create a new site file, empty or with the demo content.</source>
        <translation>ქმნის ახალ საიტის ფაილს, ცარიელს ან სადემონსტრაციო შიგთავსით.</translation>
    </message>
    <message>
        <source>The new site file (*.newsdesk).</source>
        <translation>ახალი საიტის ფაილი (*.newsdesk).</translation>
    </message>
    <message>
        <source>Fill the site with the demo content.</source>
        <translation>საიტის შევსება სადემონსტრაციო შიგთავსით.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>შეიქმნა %1</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>it holds no password for the site</source>
        <translation>მასში ამ საიტის პაროლი არ არის</translation>
    </message>
    <message>
        <source>there is none on this computer (%1)</source>
        <translation>ამ კომპიუტერზე არ არის (%1)</translation>
    </message>
    <message>
        <source>it refused access (%1)</source>
        <translation>წვდომაზე უარი თქვა (%1)</translation>
    </message>
    <message>
        <source>The system keyring: %1</source>
        <translation>სისტემური პაროლების საცავი: %1</translation>
    </message>
    <message>
        <source>The system keyring did not answer within %1 s</source>
        <translation>სისტემურმა პაროლების საცავმა %1 წამში არ უპასუხა</translation>
    </message>
    <message>
        <source>there is none on this computer</source>
        <translation>ამ კომპიუტერზე არ არის</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>English</source>
        <translation>ინგლისური</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>ქართული</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link</source>
        <translation>ბმული</translation>
    </message>
    <message>
        <source>&amp;Web address, or words of a page's title or address (empty removes the link):</source>
        <translation>&amp;ვებმისამართი, ან სიტყვები გვერდის სათაურიდან ან მისამართიდან (ცარიელი ველი ბმულს მოხსნის):</translation>
    </message>
    <message>
        <source>Link address</source>
        <translation>ბმულის მისამართი</translation>
    </message>
    <message>
        <source>https://… or part of a page's title</source>
        <translation>https://… ან გვერდის სათაურის ნაწილი</translation>
    </message>
    <message>
        <source>Pages of the site</source>
        <translation>საიტის გვერდები</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>გვერდი</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>მისამართი</translation>
    </message>
    <message>
        <source>(untitled page %1)</source>
        <translation>(უსათაურო გვერდი %1)</translation>
    </message>
    <message>
        <source>Newsdesk cannot keep this link: %1</source>
        <translation>Newsdesk ამ ბმულს ვერ შეინახავს: %1</translation>
    </message>
    <message>
        <source>No page matches “%1”. Type a web address (https://…) or choose a page.</source>
        <translation>„%1“ არცერთ გვერდს არ შეესაბამება. აკრიფეთ ვებმისამართი (https://…) ან აირჩიეთ გვერდი.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot open the site</source>
        <translation>საიტის გახსნა ვერ მოხერხდა</translation>
    </message>
    <message>
        <source>Word count</source>
        <translation>სიტყვების რაოდენობა</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ფაილი</translation>
    </message>
    <message>
        <source>&amp;New Site…</source>
        <translation>&amp;ახალი საიტი…</translation>
    </message>
    <message>
        <source>&amp;Open Site…</source>
        <translation>საიტის &amp;გახსნა…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;ბოლოს გახსნილი</translation>
    </message>
    <message>
        <source>No other sites yet</source>
        <translation>სხვა საიტები ჯერ არ არის</translation>
    </message>
    <message>
        <source>&amp;Save Now</source>
        <translation>&amp;შენახვა ახლავე</translation>
    </message>
    <message>
        <source>Site Se&amp;ttings…</source>
        <translation>საიტის &amp;პარამეტრები…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;ექსპორტი…</translation>
    </message>
    <message>
        <source>Export for &amp;Translation…</source>
        <translation>ექსპორტი &amp;თარგმნისთვის…</translation>
    </message>
    <message>
        <source>&amp;Import Translation…</source>
        <translation>თარგმანის &amp;იმპორტი…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;გასვლა</translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation>&amp;გვერდი</translation>
    </message>
    <message>
        <source>New &amp;Page</source>
        <translation>ახალი &amp;გვერდი</translation>
    </message>
    <message>
        <source>New &amp;News Article</source>
        <translation>ახალი &amp;სიახლე</translation>
    </message>
    <message>
        <source>New &amp;Section</source>
        <translation>ახალი &amp;განყოფილება</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;სახელის გადარქმევა</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;დუბლირება</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;წაშლა…</translation>
    </message>
    <message>
        <source>&amp;Translate Side by Side…</source>
        <translation>&amp;გვერდიგვერდ თარგმნა…</translation>
    </message>
    <message>
        <source>&amp;Mark Translation as Up to Date</source>
        <translation>თარგმანის &amp;აქტუალურად მონიშვნა</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>დაბრუნება</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>გამეორება</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;რედაქტირება</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>&amp;ფორმატი</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;ხედი</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;ხელსაწყოები</translation>
    </message>
    <message>
        <source>Spelling &amp;Report…</source>
        <translation>მართლწერის &amp;ანგარიში…</translation>
    </message>
    <message>
        <source>Translation &amp;Dashboard…</source>
        <translation>თარგმანების &amp;დაფა…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;დახმარება</translation>
    </message>
    <message>
        <source>&amp;About Newsdesk</source>
        <translation>Newsdesk-ის &amp;შესახებ</translation>
    </message>
    <message>
        <source>New Site</source>
        <translation>ახალი საიტი</translation>
    </message>
    <message>
        <source>Newsdesk sites (*.newsdesk)</source>
        <translation>Newsdesk-ის საიტები (*.newsdesk)</translation>
    </message>
    <message>
        <source>Cannot create the site</source>
        <translation>საიტის შექმნა ვერ მოხერხდა</translation>
    </message>
    <message>
        <source>Open Site</source>
        <translation>საიტის გახსნა</translation>
    </message>
    <message>
        <source>Newsdesk sites (*.newsdesk);;All files (*)</source>
        <translation>Newsdesk-ის საიტები (*.newsdesk);;ყველა ფაილი (*)</translation>
    </message>
    <message>
        <source>About Newsdesk</source>
        <translation>Newsdesk-ის შესახებ</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Newsdesk %1&lt;/h3&gt;&lt;p&gt;Writes a country office's website in English and Georgian.&lt;/p&gt;&lt;p&gt;Georgian spelling dictionary: &lt;i&gt;dictionary-ka&lt;/i&gt; 1.1.0 (MIT licence), its word list built from GeoWordsDatabase by Dato Bumbeishvili (MIT) and from Crúbadán by Kevin Scannell (&lt;a href="https://creativecommons.org/licenses/by/4.0/"&gt;CC BY 4.0&lt;/a&gt;), affix rules by Gabriel Margiani. English dictionaries: Debian's &lt;i&gt;hunspell-en-gb&lt;/i&gt; and &lt;i&gt;hunspell-en-us&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Exported sites carry Noto Sans Georgian (SIL Open Font License 1.1).&lt;/p&gt;&lt;p&gt;Dictionaries in use: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Newsdesk %1&lt;/h3&gt;&lt;p&gt;ქვეყნის ოფისის ვებსაიტის წერა ინგლისურად და ქართულად.&lt;/p&gt;&lt;p&gt;ქართული მართლწერის ლექსიკონი: &lt;i&gt;dictionary-ka&lt;/i&gt; 1.1.0 (MIT ლიცენზია); სიტყვების სია აგებულია დათო ბუმბეიშვილის GeoWordsDatabase-დან (MIT) და კევინ სკანელის Crúbadán-იდან (&lt;a href="https://creativecommons.org/licenses/by/4.0/"&gt;CC BY 4.0&lt;/a&gt;), აფიქსების წესები — გაბრიელ მარგიანის. ინგლისური ლექსიკონები: Debian-ის &lt;i&gt;hunspell-en-gb&lt;/i&gt; და &lt;i&gt;hunspell-en-us&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;ექსპორტირებულ საიტებს თან ახლავს შრიფტი Noto Sans Georgian (SIL Open Font License 1.1).&lt;/p&gt;&lt;p&gt;გამოყენებული ლექსიკონები: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>არ შეინახა</translation>
    </message>
    <message>
        <source>%1

Close anyway and lose the last changes?</source>
        <translation>%1

მაინც დაიხუროს და დაიკარგოს ბოლო ცვლილებები?</translation>
    </message>
    <message>
        <source>Words: %1 · Characters: %2</source>
        <translation>სიტყვები: %1 · სიმბოლოები: %2</translation>
    </message>
    <message>
        <source>Untitled news article</source>
        <translation>უსათაურო სიახლე</translation>
    </message>
    <message>
        <source>Untitled section</source>
        <translation>უსათაურო განყოფილება</translation>
    </message>
    <message>
        <source>Untitled page</source>
        <translation>უსათაურო გვერდი</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;პარამეტრები…</translation>
    </message>
    <message>
        <source>T&amp;rash…</source>
        <translation>&amp;ნაგავი…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;ისტორია…</translation>
    </message>
    <message>
        <source>Cannot Show the History</source>
        <translation>ისტორიის ჩვენება ვერ მოხერხდა</translation>
    </message>
    <message>
        <source>Restored an earlier revision</source>
        <translation>აღდგა ადრინდელი ვერსია</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>სარეზერვო &amp;ასლიდან აღდგენა…</translation>
    </message>
    <message>
        <source>The site was changed in another window; showing it.</source>
        <translation>საიტი სხვა ფანჯარაში შეიცვალა; ნაჩვენებია ახალი მდგომარეობა.</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (მხოლოდ წასაკითხად)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;კლავიატურის მალსახმობები…</translation>
    </message>
    <message>
        <source>Open Te&amp;am Site…</source>
        <translation>გუ&amp;ნდის საიტის გახსნა…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Offline — changes are kept on this computer</source>
        <translation>კავშირი არ არის — ცვლილებები ინახება ამ კომპიუტერზე</translation>
    </message>
    <message>
        <source>The site's server cannot be reached. What you type is kept in a journal on this computer and sent when the server is back.</source>
        <translation>საიტის სერვერთან დაკავშირება ვერ ხერხდება. რასაც წერთ, ინახება ჟურნალში ამ კომპიუტერზე და გაიგზავნება, როცა სერვერი დაბრუნდება.</translation>
    </message>
    <message>
        <source>Changes kept on this computer</source>
        <translation>ამ კომპიუტერზე შენახული ცვლილებები</translation>
    </message>
    <message>
        <source>Send them now? Each is checked against what colleagues saved meanwhile: merged with it, or shown to you side by side. Later keeps them here; they are offered again at the next start.</source>
        <translation>გავგზავნოთ ახლა? თითოეული შემოწმდება იმასთან, რაც კოლეგებმა ამასობაში შეინახეს: შეერწყმება მას ან გვერდიგვერდ გაჩვენებთ. „მოგვიანებით“ მათ აქ დატოვებს; მომდევნო გაშვებისას ისევ შემოგთავაზებთ.</translation>
    </message>
    <message>
        <source>Send Now</source>
        <translation>ახლავე გაგზავნა</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>მოგვიანებით</translation>
    </message>
    <message>
        <source>The site's server went away again; the rest is still kept here.</source>
        <translation>საიტის სერვერი ისევ მიუწვდომელია; დანარჩენი კვლავ აქ ინახება.</translation>
    </message>
    <message>
        <source>Typed while the site's server could not be reached, and kept on this computer: %1.</source>
        <translation>დაწერილია, როცა საიტის სერვერი მიუწვდომელი იყო, და ინახება ამ კომპიუტერზე: %1.</translation>
    </message>
    <message>
        <source>Sent what was kept on this computer: %1.</source>
        <translation>გაიგზავნა ის, რაც ამ კომპიუტერზე ინახებოდა: %1.</translation>
    </message>
    <message>
        <source>Also met changes made meanwhile, and offered again at the next start: %1.</source>
        <translation>ამასობაში შეტანილ ცვლილებებს ესენიც შეხვდა; მომდევნო გაშვებისას ისევ შემოგთავაზებთ: %1.</translation>
    </message>
    <message>
        <source>&amp;Quick Open…</source>
        <translation>&amp;სწრაფი გახსნა…</translation>
    </message>
    <message>
        <source>Search the Site</source>
        <translation>საიტზე ძიება</translation>
    </message>
    <message>
        <source>&amp;Search the Site…</source>
        <translation>&amp;საიტზე ძიება…</translation>
    </message>
    <message>
        <source>Search &amp;Panel</source>
        <translation>ძიების &amp;პანელი</translation>
    </message>
</context>
<context>
    <name>MediaCommand</name>
    <message>
        <source>List the site's images, add one, change its words or file, or delete it.</source>
        <translation>საიტის სურათების ჩამონათვალი, ახლის დამატება, მისი ტექსტების ან ფაილის შეცვლა, ან წაშლა.</translation>
    </message>
    <message>
        <source>The site file.</source>
        <translation>საიტის ფაილი.</translation>
    </message>
    <message>
        <source>add FILE, set ID or remove ID; without one, the images are listed.</source>
        <translation>add FILE, set ID ან remove ID; მათ გარეშე სურათები ჩამოითვლება.</translation>
    </message>
    <message>
        <source>The image file to add, or the id of an image.</source>
        <translation>დასამატებელი სურათის ფაილი, ან სურათის id.</translation>
    </message>
    <message>
        <source>The alt text in %1 (what a reader who cannot see the image is told).</source>
        <translation>ალტერნატიული ტექსტი (%1) — რასაც ეუბნებიან მკითხველს, რომელიც სურათს ვერ ხედავს.</translation>
    </message>
    <message>
        <source>The caption in %1.</source>
        <translation>წარწერა (%1).</translation>
    </message>
    <message>
        <source>The credit in %1 ("Photo: …").</source>
        <translation>ავტორობა (%1) („ფოტო: …“).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The focal point that every crop keeps in view: two shares of the width and height from the top left, such as 0.5,0.3.</source>
        <translation>ფოკუსის წერტილი, რომელიც ყოველ ამოჭრაში ჩანს: სიგანისა და სიმაღლის ორი წილი ზედა მარცხენა კუთხიდან, მაგალითად 0.5,0.3.</translation>
    </message>
    <message>
        <source>X,Y</source>
        <translation>X,Y</translation>
    </message>
    <message>
        <source>With set: put this file in the image's place (every page that shows it shows the new one).</source>
        <translation>set-თან ერთად: ეს ფაილი სურათის ადგილას (ყველა გვერდი, სადაც ის ჩანს, ახალს აჩვენებს).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Print the list as JSON.</source>
        <translation>სიის JSON-ად ბეჭდვა.</translation>
    </message>
    <message>
        <source>media: '%1' is not add, set or remove</source>
        <translation>media: '%1' არ არის add, set ან remove</translation>
    </message>
    <message>
        <source>--focus: '%1' is not two shares from 0 to 1 such as 0.5,0.3</source>
        <translation>--focus: '%1' არ არის ორი წილი 0-დან 1-მდე, მაგალითად 0.5,0.3</translation>
    </message>
    <message>
        <source>media: the image's words, focus or file are given with add or set</source>
        <translation>media: სურათის ტექსტები, ფოკუსი ან ფაილი მიეთითება add-თან ან set-თან</translation>
    </message>
    <message>
        <source>media: --file goes with set ID</source>
        <translation>media: --file მიეთითება set ID-თან</translation>
    </message>
    <message>
        <source>media set: nothing to change: give --alt-LANG, --caption-LANG, --credit-LANG, --focus or --file</source>
        <translation>media set: შესაცვლელი არაფერია: მიუთითეთ --alt-LANG, --caption-LANG, --credit-LANG, --focus ან --file</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>media %1: '%2' is not an image id (see 'newsdesk media SITE')</source>
        <translation>media %1: '%2' არ არის სურათის id (იხ. 'newsdesk media SITE')</translation>
    </message>
    <message>
        <source>Deleted image %1</source>
        <translation>სურათი %1 წაიშალა</translation>
    </message>
    <message>
        <source>--%1: '%2' is not a language of %3 (it has: %4)</source>
        <translation>--%1: '%2' არ არის %3-ის ენა (მისი ენებია: %4)</translation>
    </message>
    <message>
        <source>The site has no images.</source>
        <translation>საიტს სურათები არ აქვს.</translation>
    </message>
    <message>
        <source>unused</source>
        <translation>არ გამოიყენება</translation>
    </message>
    <message numerus="yes">
        <source>on %n page(s)</source>
        <translation>
            <numerusform>%n გვერდზე</numerusform>
            <numerusform>%n გვერდზე</numerusform>
        </translation>
    </message>
    <message>
        <source>alt text in every language</source>
        <translation>ალტერნატიული ტექსტი ყველა ენაზე</translation>
    </message>
    <message>
        <source>no alt text in %1</source>
        <translation>ალტერნატიული ტექსტი აკლია: %1</translation>
    </message>
</context>
<context>
    <name>MediaRepository</name>
    <message>
        <source>%1: the image is too large (%2 MB; at most %3 MB)</source>
        <translation>%1: სურათი ძალიან დიდია (%2 მბ; მაქსიმუმ %3 მბ)</translation>
    </message>
    <message>
        <source>%1: not an image Newsdesk can store (PNG, JPEG, GIF or WebP)</source>
        <translation>%1: ეს არ არის სურათი, რომელსაც Newsdesk შეინახავს (PNG, JPEG, GIF ან WebP)</translation>
    </message>
    <message>
        <source>look up an image</source>
        <translation>სურათის მოძებნა</translation>
    </message>
    <message>
        <source>store the image %1</source>
        <translation>სურათის შენახვა: %1</translation>
    </message>
    <message>
        <source>read image %1</source>
        <translation>სურათის წაკითხვა: %1</translation>
    </message>
    <message>
        <source>%1: no image with id %2</source>
        <translation>%1: სურათი id-ით %2 არ არსებობს</translation>
    </message>
    <message>
        <source>read the images</source>
        <translation>სურათების წაკითხვა</translation>
    </message>
    <message>
        <source>read the images' alt texts</source>
        <translation>სურათების ალტერნატიული ტექსტების წაკითხვა</translation>
    </message>
    <message>
        <source>save the alt text of image %1 in %2</source>
        <translation>სურათის %1 ალტერნატიული ტექსტის შენახვა (%2)</translation>
    </message>
    <message>
        <source>read the alt text of image %1</source>
        <translation>სურათის %1 ალტერნატიული ტექსტის წაკითხვა</translation>
    </message>
    <message>
        <source>%1: the image has %2 megapixels; at most %3 can be stored (make it smaller first)</source>
        <translation>%1: სურათი %2 მეგაპიქსელიანია; შეიძლება შეინახოს არაუმეტეს %3-ისა (ჯერ შეამცირეთ)</translation>
    </message>
    <message>
        <source>read the words of image %1</source>
        <translation>სურათის %1 ტექსტების წაკითხვა</translation>
    </message>
    <message>
        <source>save the caption of image %1 in %2</source>
        <translation>სურათის %1 წარწერის შენახვა (%2)</translation>
    </message>
    <message>
        <source>save the credit of image %1 in %2</source>
        <translation>სურათის %1 ავტორობის შენახვა (%2)</translation>
    </message>
    <message>
        <source>%1: image %2: a focal point is two shares between 0 and 1, not %3,%4</source>
        <translation>%1: სურათი %2: ფოკუსის წერტილი არის ორი წილი 0-სა და 1-ს შორის და არა %3,%4</translation>
    </message>
    <message>
        <source>save the focal point of image %1</source>
        <translation>სურათის %1 ფოკუსის წერტილის შენახვა</translation>
    </message>
    <message>
        <source>read the lead images</source>
        <translation>მთავარი სურათების წაკითხვა</translation>
    </message>
    <message>
        <source>read where the images are shown</source>
        <translation>იმის წაკითხვა, სად ჩანს სურათები</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 და კიდევ %n</numerusform>
            <numerusform>%1 და კიდევ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: image %2 (%3) is shown on %4; not deleted</source>
        <translation>%1: სურათი %2 (%3) ჩანს აქ: %4; არ წაიშალა</translation>
    </message>
    <message>
        <source>delete image %1</source>
        <translation>სურათის %1 წაშლა</translation>
    </message>
    <message>
        <source>%1: %2 is stored already as image %3; image %4 not replaced</source>
        <translation>%1: %2 უკვე შენახულია, როგორც სურათი %3; სურათი %4 არ შეიცვალა</translation>
    </message>
    <message>
        <source>replace image %1 with %2</source>
        <translation>სურათის %1 ჩანაცვლება ფაილით %2</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>%1: migration file name is not NNNN_name.sql</source>
        <translation>%1: მიგრაციის ფაილის სახელი არ არის NNNN_name.sql</translation>
    </message>
    <message>
        <source>%1: no migration files</source>
        <translation>%1: მიგრაციის ფაილები არ არის</translation>
    </message>
    <message>
        <source>%1: cannot read migration %2: %3</source>
        <translation>%1: მიგრაციის %2 წაკითხვა ვერ მოხერხდა: %3</translation>
    </message>
    <message>
        <source>%1: cannot start upgrading to schema %2: %3</source>
        <translation>%1: სქემა %2-მდე განახლების დაწყება ვერ მოხერხდა: %3</translation>
    </message>
    <message>
        <source>%1: upgrading to schema %2 failed in %3: %4</source>
        <translation>%1: სქემა %2-მდე განახლება ჩავარდა %3-ში: %4</translation>
    </message>
    <message>
        <source>%1: upgrading to schema %2 failed: %3</source>
        <translation>%1: სქემა %2-მდე განახლება ჩავარდა: %3</translation>
    </message>
    <message>
        <source>%1: cannot record schema %2: %3</source>
        <translation>%1: სქემა %2-ის ჩაწერა ვერ მოხერხდა: %3</translation>
    </message>
    <message>
        <source>%1: cannot commit schema %2: %3</source>
        <translation>%1: სქემა %2-ის დადასტურება ვერ მოხერხდა: %3</translation>
    </message>
    <message>
        <source>%1: expected migration %2 here (numbering must start at 1 or at a baseline, without gaps)</source>
        <translation>%1: აქ მოსალოდნელი იყო მიგრაცია %2 (ნუმერაცია უნდა იწყებოდეს 1-ით ან საბაზისო ფაილით, გამოტოვების გარეშე)</translation>
    </message>
    <message>
        <source>%1: cannot start making the site's schema: %2</source>
        <translation>%1: საიტის სქემის შექმნის დაწყება ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>%1: cannot make the schema newsdesk: %2</source>
        <translation>%1: სქემა newsdesk ვერ შეიქმნა: %2</translation>
    </message>
</context>
<context>
    <name>MovePageCommand</name>
    <message>
        <source>Move “%1”</source>
        <translation>„%1“-ის გადატანა</translation>
    </message>
</context>
<context>
    <name>OfflineEdits</name>
    <message>
        <source>%1, kept on this computer, was not sent: %2</source>
        <translation>%1, შენახული ამ კომპიუტერზე, არ გაიგზავნა: %2</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>გვერდი %1</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
</context>
<context>
    <name>OfflineJournal</name>
    <message>
        <source>%1: cannot make the folder of the offline journal</source>
        <translation>%1: ოფლაინ ჟურნალის საქაღალდის შექმნა ვერ მოხერხდა</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>cannot open the offline journal</source>
        <translation>ოფლაინ ჟურნალი ვერ გაიხსნა</translation>
    </message>
    <message>
        <source>cannot prepare the offline journal</source>
        <translation>ოფლაინ ჟურნალის მომზადება ვერ მოხერხდა</translation>
    </message>
    <message>
        <source>%1: cannot keep the text of page %2 (%3): %4</source>
        <translation>%1: გვერდის %2 (%3) ტექსტის შენახვა ვერ მოხერხდა: %4</translation>
    </message>
    <message>
        <source>%1: cannot read the offline journal: %2</source>
        <translation>%1: ოფლაინ ჟურნალის წაკითხვა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>%1: cannot remove the text of page %2 (%3): %4</source>
        <translation>%1: გვერდის %2 (%3) ტექსტის ამოშლა ვერ მოხერხდა: %4</translation>
    </message>
</context>
<context>
    <name>PageEditSession</name>
    <message>
        <source>The text was saved, but not the slug: %1</source>
        <translation>ტექსტი შეინახა, სლაგი — არა: %1</translation>
    </message>
    <message>
        <source>%1; not saved: choose what to keep where you both changed it</source>
        <translation>%1; არ შეინახა: აირჩიეთ, რა დარჩეს იქ, სადაც ორივემ შეცვალეთ</translation>
    </message>
    <message>
        <source>%1; merged with your changes and saved</source>
        <translation>%1; თქვენს ცვლილებებთან გაერთიანდა და შეინახა</translation>
    </message>
</context>
<context>
    <name>PageFields</name>
    <message>
        <source>Language of the text (en, ka).</source>
        <translation>ტექსტის ენა (en, ka).</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Title.</source>
        <translation>სათაური.</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Summary (one paragraph of plain text).</source>
        <translation>მოკლე აღწერა (უბრალო ტექსტის ერთი აბზაცი).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>UTF-8 file holding the body HTML.</source>
        <translation>UTF-8 ფაილი ტექსტის HTML-ით.</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>draft, review or published.</source>
        <translation>draft, review ან published.</translation>
    </message>
    <message>
        <source>URL slug (a-z, 0-9, hyphens).</source>
        <translation>URL-ის სლაგი (a-z, 0-9, დეფისები).</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>SLUG</translation>
    </message>
    <message>
        <source>Publish date, e.g. 2020-11-25 or 2020-11-25T10:00:00Z.</source>
        <translation>გამოქვეყნების თარიღი, მაგ. 2020-11-25 ან 2020-11-25T10:00:00Z.</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>--lang is required</source>
        <translation>--lang აუცილებელია</translation>
    </message>
    <message>
        <source>--title: the title must not be empty</source>
        <translation>--title: სათაური ცარიელი არ უნდა იყოს</translation>
    </message>
    <message>
        <source>--status: '%1' is not one of draft, review, published</source>
        <translation>--status: '%1' არ არის draft, review ან published</translation>
    </message>
    <message>
        <source>--slug: '%1' is not valid: use a-z, 0-9 and single hyphens, at most %2 characters</source>
        <translation>--slug: '%1' არასწორია: გამოიყენეთ a-z, 0-9 და ცალკეული დეფისები, მაქსიმუმ %2 სიმბოლო</translation>
    </message>
</context>
<context>
    <name>PageRepository</name>
    <message>
        <source>%1: page %2</source>
        <translation>%1: გვერდი %2</translation>
    </message>
    <message>
        <source>list the pages</source>
        <translation>გვერდების ჩამოთვლა</translation>
    </message>
    <message>
        <source>list page %1</source>
        <translation>გვერდის %1 ჩამოთვლა</translation>
    </message>
    <message>
        <source>read page %1</source>
        <translation>გვერდის %1 წაკითხვა</translation>
    </message>
    <message>
        <source>%1: no page with id %2</source>
        <translation>%1: გვერდი id-ით %2 არ არსებობს</translation>
    </message>
    <message>
        <source>read page %1 in %2</source>
        <translation>გვერდის %1 წაკითხვა (%2)</translation>
    </message>
    <message>
        <source>read the texts in %1</source>
        <translation>ტექსტების წაკითხვა (%1)</translation>
    </message>
    <message>
        <source>%1: no page at path '%2'</source>
        <translation>%1: გზაზე '%2' გვერდი არ არის</translation>
    </message>
    <message>
        <source>look up '%1'</source>
        <translation>'%1'-ის მოძებნა</translation>
    </message>
    <message>
        <source>%1: no page at path '%2' (no top-level page '%3')</source>
        <translation>%1: გზაზე '%2' გვერდი არ არის (ზედა დონეზე არ არის '%3')</translation>
    </message>
    <message>
        <source>%1: no page at path '%2' (no '%3' under '%4')</source>
        <translation>%1: გზაზე '%2' გვერდი არ არის ('%4'-ში არ არის '%3')</translation>
    </message>
    <message>
        <source>find the path of page %1</source>
        <translation>გვერდის %1 გზის პოვნა</translation>
    </message>
    <message>
        <source>check the slug '%1'</source>
        <translation>სლაგის '%1' შემოწმება</translation>
    </message>
    <message>
        <source>%1: page %2 is a news article and cannot contain other pages</source>
        <translation>%1: გვერდი %2 სიახლეა და სხვა გვერდებს ვერ შეიცავს</translation>
    </message>
    <message>
        <source>%1: the slug '%2' is not valid: use a-z, 0-9 and single hyphens, at most %3 characters</source>
        <translation>%1: სლაგი '%2' არასწორია: გამოიყენეთ a-z, 0-9 და ცალკეული დეფისები, მაქსიმუმ %3 სიმბოლო</translation>
    </message>
    <message>
        <source>%1: the slug '%2' is already used by page %3 at the same level</source>
        <translation>%1: სლაგი '%2' იმავე დონეზე უკვე აქვს გვერდს %3</translation>
    </message>
    <message>
        <source>count pages</source>
        <translation>გვერდების დათვლა</translation>
    </message>
    <message>
        <source>renumber pages</source>
        <translation>გვერდების გადანომრვა</translation>
    </message>
    <message>
        <source>create the page '%1'</source>
        <translation>გვერდის '%1' შექმნა</translation>
    </message>
    <message>
        <source>save page %1</source>
        <translation>გვერდის %1 შენახვა</translation>
    </message>
    <message>
        <source>check the language</source>
        <translation>ენის შემოწმება</translation>
    </message>
    <message>
        <source>%1: '%2' is not a language of this site</source>
        <translation>%1: '%2' ამ საიტის ენა არ არის</translation>
    </message>
    <message>
        <source>save page %1 in %2</source>
        <translation>გვერდის %1 შენახვა (%2)</translation>
    </message>
    <message>
        <source>%1 has no %2 text to mark as up to date</source>
        <translation>%1: %2 ტექსტი არ არის, რომ აქტუალურად მოინიშნოს</translation>
    </message>
    <message>
        <source>%1: cannot move page %2 into itself or one of its subpages</source>
        <translation>%1: გვერდს %2 ვერ გადაიტანთ საკუთარ თავში ან მის ქვეგვერდში</translation>
    </message>
    <message>
        <source>move page %1</source>
        <translation>გვერდის %1 გადატანა</translation>
    </message>
    <message>
        <source>copy page %1</source>
        <translation>გვერდის %1 კოპირება</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (ასლი)</translation>
    </message>
    <message>
        <source>delete page %1</source>
        <translation>გვერდის %1 წაშლა</translation>
    </message>
    <message>
        <source>read the title of page %1</source>
        <translation>გვერდის %1 სათაურის წაკითხვა</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>გვერდი %1</translation>
    </message>
    <message>
        <source>read who changed page %1 in %2</source>
        <translation>ვინ შეცვალა გვერდი %1 (%2) — წაკითხვა</translation>
    </message>
    <message>
        <source>read who changed page %1</source>
        <translation>ვინ შეცვალა გვერდი %1 — წაკითხვა</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere at %2 (version %3)</source>
        <translation>%1 სხვაგან შეიცვალა %2-ზე (ვერსია %3)</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 (version %4)</source>
        <translation>%1 შეცვალა: %2, %3-ზე (ვერსია %4)</translation>
    </message>
    <message>
        <source>%1; not done</source>
        <translation>%1; არ შესრულდა</translation>
    </message>
    <message>
        <source>read the versions of page %1</source>
        <translation>გვერდის %1 ვერსიების წაკითხვა</translation>
    </message>
    <message>
        <source>%1; not saved</source>
        <translation>%1; არ შეინახა</translation>
    </message>
    <message>
        <source>hold page %1 for writing</source>
        <translation>გვერდის %1 ჩაკეტვა ჩასაწერად</translation>
    </message>
    <message>
        <source>list the subpages of page %1</source>
        <translation>გვერდის %1 ქვეგვერდების ჩამოთვლა</translation>
    </message>
    <message>
        <source>look up image %1</source>
        <translation>სურათის %1 მოძებნა</translation>
    </message>
    <message>
        <source>%1: no image with id %2</source>
        <translation>%1: სურათი id-ით %2 არ არსებობს</translation>
    </message>
    <message>
        <source>set the lead image of %1</source>
        <translation>%1-ის მთავარი სურათის დაყენება</translation>
    </message>
</context>
<context>
    <name>PageTreeController</name>
    <message>
        <source>Filter pages</source>
        <translation>გვერდების ფილტრი</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>გვერდები</translation>
    </message>
    <message>
        <source>Cannot Show the Trash</source>
        <translation>ნაგვის ჩვენება ვერ მოხერხდა</translation>
    </message>
    <message>
        <source>Restored “%1”</source>
        <translation>აღდგა „%1“</translation>
    </message>
    <message>
        <source>Move “%1” to the trash, in all languages?</source>
        <translation>გადავიდეს „%1“ ნაგავში, ყველა ენაზე?</translation>
    </message>
    <message>
        <source>Move “%1” and its %2 subpages to the trash, in all languages?</source>
        <translation>გადავიდეს „%1“ და მისი %2 ქვეგვერდი ნაგავში, ყველა ენაზე?</translation>
    </message>
    <message>
        <source>Delete page</source>
        <translation>გვერდის წაშლა</translation>
    </message>
    <message>
        <source>Moved “%1” to the trash (Page › Trash… puts it back)</source>
        <translation>„%1“ ნაგავში გადავიდა (გვერდი › ნაგავი… დააბრუნებს)</translation>
    </message>
    <message>
        <source>No page matches</source>
        <translation>შესაბამისი გვერდი ვერ მოიძებნა</translation>
    </message>
</context>
<context>
    <name>PageTreeModel</name>
    <message>
        <source>Draft</source>
        <translation>მონახაზი</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>განხილვაშია</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>გამოქვეყნებულია</translation>
    </message>
    <message>
        <source>%1 text missing</source>
        <translation>%1 ტექსტი არ არის</translation>
    </message>
    <message>
        <source>%1 translation in progress</source>
        <translation>%1 თარგმანი მუშავდება</translation>
    </message>
    <message>
        <source>%1 translation outdated: the source changed since</source>
        <translation>%1 თარგმანი მოძველებულია: წყარო მას შემდეგ შეიცვალა</translation>
    </message>
    <message>
        <source>%1 translation up to date</source>
        <translation>%1 თარგმანი აქტუალურია</translation>
    </message>
    <message>
        <source>%1 text (the source)</source>
        <translation>%1 ტექსტი (წყარო)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>გვერდი</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>სტატუსი</translation>
    </message>
    <message>
        <source>News</source>
        <translation>სიახლე</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>განყოფილება</translation>
    </message>
</context>
<context>
    <name>PeopleRepository</name>
    <message>
        <source>%1: a site file has no people: whoever opens the file may do everything (a team site on a PostgreSQL server has roles)</source>
        <translation>%1: საიტის ფაილს ხალხი არ ჰყავს: ვინც ფაილს გახსნის, ყველაფერი შეუძლია (როლები აქვს გუნდურ საიტს PostgreSQL სერვერზე)</translation>
    </message>
    <message>
        <source>read what you may do on the site</source>
        <translation>იმის წაკითხვა, რა შეგიძლიათ საიტზე</translation>
    </message>
    <message>
        <source>%1: the site's schema is missing</source>
        <translation>%1: საიტის სქემა აკლია</translation>
    </message>
    <message>
        <source>list the site's people</source>
        <translation>საიტის ხალხის ჩამოთვლა</translation>
    </message>
    <message>
        <source>%1: '%2' cannot be a person's role name: lower-case letters, digits and _, starting with a letter (at most 63)</source>
        <translation>%1: '%2' ადამიანის როლის სახელი ვერ იქნება: პატარა ლათინური ასოები, ციფრები და _, ასოთი დაწყებული (მაქსიმუმ 63)</translation>
    </message>
    <message>
        <source>%1: a translator needs one or more languages (--lang ka)</source>
        <translation>%1: მთარგმნელს ერთი ან მეტი ენა სჭირდება (--lang ka)</translation>
    </message>
    <message>
        <source>check the language %1</source>
        <translation>ენის %1 შემოწმება</translation>
    </message>
    <message>
        <source>%1: '%2' is not a language of this site</source>
        <translation>%1: '%2' ამ საიტის ენა არ არის</translation>
    </message>
    <message>
        <source>add %1 to the site's people</source>
        <translation>%1-ის საიტის ხალხში დამატება</translation>
    </message>
    <message>
        <source>look for the role %1</source>
        <translation>როლის %1 ძებნა</translation>
    </message>
    <message>
        <source>%1: %2 is a role that cannot log in (a group?), not a person</source>
        <translation>%1: %2 ისეთი როლია, რომელიც ვერ შედის (ჯგუფი?), და არა ადამიანი</translation>
    </message>
    <message>
        <source>%1: %2 needs a password to connect with</source>
        <translation>%1: %2-ს დასაკავშირებლად პაროლი სჭირდება</translation>
    </message>
    <message>
        <source>%1: cannot hash the password of %2: %3</source>
        <translation>%1: %2-ის პაროლის ჰეშირება ვერ მოხერხდა: %3</translation>
    </message>
    <message>
        <source>not a PostgreSQL connection</source>
        <translation>ეს PostgreSQL კავშირი არ არის</translation>
    </message>
    <message>
        <source>%1: cannot hash the password of %2</source>
        <translation>%1: %2-ის პაროლის ჰეშირება ვერ მოხერხდა</translation>
    </message>
    <message>
        <source>make the role %1</source>
        <translation>როლის %1 შექმნა</translation>
    </message>
    <message>
        <source>make %1 a member of %2</source>
        <translation>%1-ის %2-ის წევრად გახდომა</translation>
    </message>
    <message>
        <source>read the database's name</source>
        <translation>მონაცემთა ბაზის სახელის წაკითხვა</translation>
    </message>
    <message>
        <source>let %1 connect to the site's database</source>
        <translation>%1-ისთვის საიტის მონაცემთა ბაზასთან დაკავშირების ნების მიცემა</translation>
    </message>
    <message>
        <source>take %1 off the site's people</source>
        <translation>%1-ის საიტის ხალხიდან ამოღება</translation>
    </message>
    <message>
        <source>%1: %2 is not one of the site's people</source>
        <translation>%1: %2 საიტის ხალხს არ ეკუთვნის</translation>
    </message>
    <message>
        <source>count the site's publishers</source>
        <translation>საიტის გამომქვეყნებლების დათვლა</translation>
    </message>
    <message>
        <source>%1: %2 is the site's last publisher; add another one first</source>
        <translation>%1: %2 საიტის ბოლო გამომქვეყნებელია; ჯერ სხვა დაამატეთ</translation>
    </message>
    <message>
        <source>stop %1 connecting to the site's database</source>
        <translation>%1-ისთვის საიტის მონაცემთა ბაზასთან კავშირის შეწყვეტა</translation>
    </message>
    <message>
        <source>end %1's sessions</source>
        <translation>%1-ის სესიების დასრულება</translation>
    </message>
    <message>
        <source>look for %1's other sites</source>
        <translation>%1-ის სხვა საიტების ძებნა</translation>
    </message>
    <message>
        <source>drop the role %1</source>
        <translation>როლის %1 წაშლა</translation>
    </message>
    <message>
        <source>%1: only a translator has languages; an editor writes the site's source language</source>
        <translation>%1: ენები მხოლოდ მთარგმნელს აქვს; რედაქტორი საიტის საწყის ენაზე წერს</translation>
    </message>
    <message>
        <source>%1: only a translator has languages; a publisher writes in all of them</source>
        <translation>%1: ენები მხოლოდ მთარგმნელს აქვს; გამომცემელი ყველა ენაზე წერს</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>publisher</source>
        <translation>გამომქვეყნებელი</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>რედაქტორი</translation>
    </message>
    <message>
        <source>translator</source>
        <translation>მთარგმნელი</translation>
    </message>
    <message>
        <source>not one of the site's people</source>
        <translation>საიტის ხალხს არ ეკუთვნის</translation>
    </message>
    <message>
        <source>%1: the site's owner</source>
        <translation>%1: საიტის მფლობელი</translation>
    </message>
    <message>
        <source>%1: publisher</source>
        <translation>%1: გამომქვეყნებელი</translation>
    </message>
    <message>
        <source>%1: editor</source>
        <translation>%1: რედაქტორი</translation>
    </message>
    <message>
        <source>%1: translator for %2</source>
        <translation>%1: მთარგმნელი, ენა: %2</translation>
    </message>
    <message>
        <source>%1: not one of the site's people, reading only</source>
        <translation>%1: საიტის ხალხს არ ეკუთვნის, მხოლოდ კითხულობს</translation>
    </message>
    <message>
        <source>%1 is not one of this site's people (a publisher adds them with newsdesk users)</source>
        <translation>%1 ამ საიტის ხალხს არ ეკუთვნის (გამომქვეყნებელი ამატებს ბრძანებით newsdesk users)</translation>
    </message>
    <message>
        <source>%1 is a translator for %2 on this site</source>
        <translation>%1 ამ საიტზე მთარგმნელია, ენა: %2</translation>
    </message>
    <message>
        <source>%1 is an editor on this site</source>
        <translation>%1 ამ საიტზე რედაქტორია</translation>
    </message>
    <message>
        <source>Only a publisher publishes or unpublishes a page: %1.</source>
        <translation>გვერდს მხოლოდ გამომქვეყნებელი აქვეყნებს ან ხსნის გამოქვეყნებიდან: %1.</translation>
    </message>
    <message>
        <source>Only editors and publishers make, move or delete pages: %1.</source>
        <translation>გვერდებს მხოლოდ რედაქტორები და გამომქვეყნებლები ქმნიან, გადააქვთ ან შლიან: %1.</translation>
    </message>
    <message>
        <source>The %1 text is not yours to change: %2.</source>
        <translation>%1 ტექსტის შეცვლა თქვენი საქმე არ არის: %2.</translation>
    </message>
    <message>
        <source>Only a publisher changes the site's settings, empties the trash or manages its people: %1.</source>
        <translation>საიტის პარამეტრებს, ნაგვის დაცლასა და ხალხის მართვას მხოლოდ გამომქვეყნებელი აკეთებს: %1.</translation>
    </message>
    <message>
        <source>The %1 text is the translators' to change: %2, writing the %3 texts.</source>
        <translation>%1 ტექსტს მთარგმნელები ცვლიან: %2, რომელიც %3 ტექსტებს წერს.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>პარამეტრები</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>სისტემის ნაგულისხმევი (%1)</translation>
    </message>
    <message>
        <source>User interface &amp;language:</source>
        <translation>ინტერფეისის &amp;ენა:</translation>
    </message>
    <message>
        <source>Newsdesk speaks the new language from its next start.</source>
        <translation>Newsdesk ახალ ენაზე შემდეგი გაშვებიდან ალაპარაკდება.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>თქვენი სახელი</translation>
    </message>
    <message>
        <source>Recorded with each revision you save, in Page › History.</source>
        <translation>ჩაიწერება თქვენ მიერ შენახულ ყოველ ვერსიასთან, გვერდი › ისტორიაში.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>თქვენი &amp;სახელი:</translation>
    </message>
</context>
<context>
    <name>PresenceRepository</name>
    <message>
        <source>remove leases that ran out</source>
        <translation>ვადაგასული დაკავებების წაშლა</translation>
    </message>
    <message>
        <source>say that page %1 (%2) is open here</source>
        <translation>იმის აღნიშვნა, რომ გვერდი %1 (%2) აქ ღიაა</translation>
    </message>
    <message>
        <source>say that no page is open here</source>
        <translation>იმის აღნიშვნა, რომ აქ არცერთი გვერდი არ არის ღია</translation>
    </message>
    <message>
        <source>read who else has pages open</source>
        <translation>სხვების ღია გვერდების წაკითხვა</translation>
    </message>
</context>
<context>
    <name>PreviewSlot</name>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;გადახედვა</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>Preview</source>
        <translation>გადახედვა</translation>
    </message>
</context>
<context>
    <name>PutCommand</name>
    <message>
        <source>Change a page's text in one language (created if missing) or its status, slug or date.</source>
        <translation>ცვლის გვერდის ტექსტს ერთ ენაზე (თუ არ არის, ქმნის) ან მის სტატუსს, სლაგს ან თარიღს.</translation>
    </message>
    <message>
        <source>The site file.</source>
        <translation>საიტის ფაილი.</translation>
    </message>
    <message>
        <source>A page id, or a slug path such as news/my-article.</source>
        <translation>გვერდის id ან სლაგების გზა, მაგალითად news/my-article.</translation>
    </message>
    <message>
        <source>Save only if the text is still at version N (as 'show --json' printed it; 0: no text yet); else exit 1 saying who changed it and when.</source>
        <translation>შეინახება მხოლოდ მაშინ, თუ ტექსტი ჯერ კიდევ N ვერსიაზეა (როგორც 'show --json'-მა აჩვენა; 0: ტექსტი ჯერ არ არის); სხვა შემთხვევაში გამოდის კოდით 1 და ამბობს, ვინ და როდის შეცვალა.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--if-version: '%1' is not a version (a number such as 'show --json' prints)</source>
        <translation>--if-version: '%1' ვერსია არ არის (რიცხვი, როგორსაც 'show --json' ბეჭდავს)</translation>
    </message>
    <message>
        <source>%1; not saved</source>
        <translation>%1; არ შეინახა</translation>
    </message>
    <message>
        <source>The page's lead image: an image id as 'newsdesk media SITE' lists them, or none.</source>
        <translation>გვერდის მთავარი სურათი: სურათის id, როგორც 'newsdesk media SITE' ჩამოთვლის, ან none.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>--lead-image: '%1' is neither an image id nor none</source>
        <translation>--lead-image: '%1' არც სურათის id-ია და არც none</translation>
    </message>
    <message>
        <source>put: nothing to change: give --title, --summary, --body-file, --status, --slug, --date or --lead-image</source>
        <translation>put: შესაცვლელი არაფერია: მიუთითეთ --title, --summary, --body-file, --status, --slug, --date ან --lead-image</translation>
    </message>
</context>
<context>
    <name>QuickOpenDialog</name>
    <message>
        <source>Quick Open</source>
        <translation>სწრაფი გახსნა</translation>
    </message>
    <message>
        <source>Find a page</source>
        <translation>გვერდის პოვნა</translation>
    </message>
    <message>
        <source>Part of a title, in any language, or of a path</source>
        <translation>სათაურის ნაწილი ნებისმიერ ენაზე, ან მისამართის ნაწილი</translation>
    </message>
    <message>
        <source>Pages found</source>
        <translation>ნაპოვნი გვერდები</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>მისამართი</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>სახე</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>სტატუსი</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>თარიღი</translation>
    </message>
    <message>
        <source>No page matches</source>
        <translation>შესაბამისი გვერდი ვერ მოიძებნა</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Bring back an older revision of a page's text (itself a new revision).</source>
        <translation>აბრუნებს გვერდის ტექსტის ძველ ვერსიას (ესეც ახალი ვერსიაა).</translation>
    </message>
    <message>
        <source>The revision's number, as 'newsdesk history' lists it.</source>
        <translation>ვერსიის ნომერი, როგორც მას 'newsdesk history' ჩამოთვლის.</translation>
    </message>
    <message>
        <source>restore: --revision takes a revision number (see 'newsdesk history')</source>
        <translation>restore: --revision ვერსიის ნომერს იღებს (იხ. 'newsdesk history')</translation>
    </message>
    <message>
        <source>Restored revision %1 of page %2 in %3</source>
        <translation>აღდგა გვერდის %2 ვერსია %1 (%3)</translation>
    </message>
</context>
<context>
    <name>RevisionRepository</name>
    <message>
        <source>read the history of page %1</source>
        <translation>გვერდის %1 ისტორიის წაკითხვა</translation>
    </message>
    <message>
        <source>%1: page %2 has no revision %3 in %4 (it has %5)</source>
        <translation>%1: გვერდს %2 არ აქვს ვერსია %3 ენაზე %4 (აქვს %5)</translation>
    </message>
    <message>
        <source>read the revisions of page %1</source>
        <translation>გვერდის %1 ვერსიების წაკითხვა</translation>
    </message>
    <message>
        <source>record a revision of page %1</source>
        <translation>გვერდის %1 ვერსიის ჩაწერა</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Find the pages whose title, summary or body holds words, in every language.</source>
        <translation>პოულობს გვერდებს, რომელთა სათაურში, შეჯამებაში ან ტექსტში სიტყვებია, ყველა ენაზე.</translation>
    </message>
    <message>
        <source>The site file or team site.</source>
        <translation>საიტის ფაილი ან გუნდის საიტი.</translation>
    </message>
    <message>
        <source>Words to find (a Georgian word finds its forms, an English one its plural); "words in quotes" are a phrase.</source>
        <translation>საძიებო სიტყვები (ქართული სიტყვა პოულობს თავის ფორმებს, ინგლისური — მრავლობითს); „ბრჭყალებში ჩასმული სიტყვები“ ფრაზაა.</translation>
    </message>
    <message>
        <source>Only texts in this language.</source>
        <translation>მხოლოდ ამ ენის ტექსტები.</translation>
    </message>
    <message>
        <source>L</source>
        <translation>ენა</translation>
    </message>
    <message>
        <source>Only pages of this kind: section, page or news.</source>
        <translation>მხოლოდ ამ სახის გვერდები: section, page ან news.</translation>
    </message>
    <message>
        <source>K</source>
        <translation>სახე</translation>
    </message>
    <message>
        <source>Only pages with this status: draft, review or published.</source>
        <translation>მხოლოდ ამ სტატუსის გვერდები: draft, review ან published.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>სტატუსი</translation>
    </message>
    <message>
        <source>Only this page and the pages below it (an id or a slug path).</source>
        <translation>მხოლოდ ეს გვერდი და მის ქვემოთ მყოფი გვერდები (id ან slug-ის გზა).</translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation>გვერდი</translation>
    </message>
    <message>
        <source>Drafts too (left out unless asked).</source>
        <translation>მონახაზებიც (სხვა შემთხვევაში გამოტოვებულია).</translation>
    </message>
    <message>
        <source>At most N results (default 50).</source>
        <translation>არაუმეტეს N შედეგისა (ნაგულისხმევად 50).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON-ის დაბეჭდვა.</translation>
    </message>
    <message>
        <source>--lang: '%1' is not a language of %2 (it has: %3)</source>
        <translation>--lang: „%1“ არ არის %2-ის ენა (მისი ენებია: %3)</translation>
    </message>
    <message>
        <source>--status: '%1' is not one of draft, review, published</source>
        <translation>--status: „%1“ არ არის draft, review ან published</translation>
    </message>
    <message>
        <source>--limit: '%1' is not a positive whole number</source>
        <translation>--limit: „%1“ არ არის დადებითი მთელი რიცხვი</translation>
    </message>
    <message>
        <source>search: the query '%1' has no words to find</source>
        <translation>search: მოთხოვნაში „%1“ საძიებო სიტყვა არ არის</translation>
    </message>
    <message>
        <source>%1: nothing matches %2</source>
        <translation>%1: „%2“ ვერაფერი მოიძებნა</translation>
    </message>
    <message>
        <source>The pages in the trash instead (their path is "trash:" and the entry's number).</source>
        <translation>ნაგავში მყოფი გვერდები (მათი გზაა „trash:“ და ჩანაწერის ნომერი).</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>%1: cannot write the page for the search index: %2</source>
        <translation>%1: საძიებო ინდექსისთვის გვერდის ჩაწერა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>site search: cannot make a temporary folder: %1</source>
        <translation>საიტზე ძიება: დროებითი საქაღალდის შექმნა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>site search: %1 does not start: %2</source>
        <translation>საიტზე ძიება: %1 არ ეშვება: %2</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>ექსპორტი გაუქმდა</translation>
    </message>
    <message>
        <source>site search: Pagefind failed (exit code %1): %2</source>
        <translation>საიტზე ძიება: Pagefind-მა შეცდომით დაასრულა (გასვლის კოდი %1): %2</translation>
    </message>
    <message>
        <source>site search: cannot read %1: %2</source>
        <translation>საიტზე ძიება: %1 ვერ წავიკითხე: %2</translation>
    </message>
    <message>
        <source>site search: Pagefind wrote no pagefind.js into %1</source>
        <translation>საიტზე ძიება: Pagefind-მა %1-ში pagefind.js არ ჩაწერა</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search the site</source>
        <translation>საიტზე ძიება</translation>
    </message>
    <message>
        <source>Words in any language; "a phrase"</source>
        <translation>სიტყვები ნებისმიერ ენაზე; „ფრაზა“</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ენა</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>სახე</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>ნებისმიერი სახის</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>განყოფილებები</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>გვერდები</translation>
    </message>
    <message>
        <source>News</source>
        <translation>სიახლეები</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>სტატუსი</translation>
    </message>
    <message>
        <source>Not drafts</source>
        <translation>მონახაზების გარეშე</translation>
    </message>
    <message>
        <source>Drafts too</source>
        <translation>მონახაზებიც</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>განყოფილება</translation>
    </message>
    <message>
        <source>Texts found</source>
        <translation>ნაპოვნი ტექსტები</translation>
    </message>
    <message>
        <source>Every language</source>
        <translation>ყველა ენა</translation>
    </message>
    <message>
        <source>Whole site</source>
        <translation>მთელი საიტი</translation>
    </message>
    <message>
        <source>Type words to find in every page's texts</source>
        <translation>აკრიფეთ სიტყვები ყველა გვერდის ტექსტებში საძებნად</translation>
    </message>
    <message>
        <source>%1 — %2 · %3 · %4</source>
        <translation>%1 — %2 · %3 · %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No page matches</source>
        <translation>შესაბამისი გვერდი არ არის</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n გვერდი</numerusform>
            <numerusform>%n გვერდი</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n text(s)</source>
        <translation>
            <numerusform>, %n ტექსტი</numerusform>
            <numerusform>, %n ტექსტი</numerusform>
        </translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>ნაგავში</translation>
    </message>
    <message>
        <source>%1 — in the trash</source>
        <translation>%1 — ნაგავში</translation>
    </message>
</context>
<context>
    <name>SearchRepository</name>
    <message>
        <source>index page %1 in %2 for search</source>
        <translation>გვერდის %1 (%2) ძიების ინდექსში შეტანა</translation>
    </message>
    <message>
        <source>build the search index again</source>
        <translation>ძიების ინდექსის თავიდან აგება</translation>
    </message>
    <message>
        <source>search the site for %1</source>
        <translation>საიტზე „%1“-ის ძიება</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>title</source>
        <translation>სათაური</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>მოკლე აღწერა</translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation>აბზაცი</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>ქვესათაური</translation>
    </message>
    <message>
        <source>list item</source>
        <translation>სიის პუნქტი</translation>
    </message>
    <message>
        <source>quotation</source>
        <translation>ციტატა</translation>
    </message>
    <message>
        <source>table cell</source>
        <translation>ცხრილის უჯრა</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>წარწერა</translation>
    </message>
    <message>
        <source>image alt text</source>
        <translation>სურათის ალტერნატიული ტექსტი</translation>
    </message>
</context>
<context>
    <name>SettingsCommand</name>
    <message>
        <source>Show or change the site's publishing settings.</source>
        <translation>აჩვენებს ან ცვლის საიტის გამოქვეყნების პარამეტრებს.</translation>
    </message>
    <message>
        <source>The site file.</source>
        <translation>საიტის ფაილი.</translation>
    </message>
    <message>
        <source>The address the exported site will have (https://…/); "" for none.</source>
        <translation>მისამართი, რომელიც ექსპორტირებულ საიტს ექნება (https://…/); "" — არცერთი.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>A page without a text in a language: omit it there, or show the source text (fallback).</source>
        <translation>გვერდი, რომელსაც ენაზე ტექსტი არ აქვს: იქ გამოტოვება ან წყაროს ტექსტის ჩვენება (fallback).</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>POLICY</translation>
    </message>
    <message>
        <source>A theme folder overriding the default theme (relative to the site file); "" for none.</source>
        <translation>თემის საქაღალდე, რომელიც ნაგულისხმევ თემას ცვლის (საიტის ფაილის მიმართ); "" — არცერთი.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>News items per list page (1–1000).</source>
        <translation>სიახლეები სიის ერთ გვერდზე (1–1000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The English the site spells: en_GB (UN usage) or en_US.</source>
        <translation>საიტის ინგლისურის მართლწერა: en_GB (გაეროს პრაქტიკა) ან en_US.</translation>
    </message>
    <message>
        <source>VARIANT</source>
        <translation>VARIANT</translation>
    </message>
    <message>
        <source>Print the settings as JSON.</source>
        <translation>პარამეტრების JSON-ად ბეჭდვა.</translation>
    </message>
    <message>
        <source>--untranslated: '%1' is neither omit nor fallback</source>
        <translation>--untranslated: '%1' არც omit არის და არც fallback</translation>
    </message>
    <message>
        <source>--news-per-page: a whole number from 1 to 1000</source>
        <translation>--news-per-page: მთელი რიცხვი 1-დან 1000-მდე</translation>
    </message>
    <message>
        <source>--english: '%1' is neither en_GB nor en_US</source>
        <translation>--english: '%1' არც en_GB არის და არც en_US</translation>
    </message>
    <message>
        <source>base URL:       %1</source>
        <translation>საბაზო URL:    %1</translation>
    </message>
    <message>
        <source>languages:      %1 (source %2)</source>
        <translation>ენები:         %1 (წყარო %2)</translation>
    </message>
    <message>
        <source>untranslated:   %1</source>
        <translation>უთარგმნელი:    %1</translation>
    </message>
    <message>
        <source>theme:          %1</source>
        <translation>თემა:          %1</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(ნაგულისხმევი)</translation>
    </message>
    <message>
        <source>news per page:  %1</source>
        <translation>სიახლე გვერდზე: %1</translation>
    </message>
    <message>
        <source>English:        %1</source>
        <translation>ინგლისური:     %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>კლავიატურის მალსახმობები</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>კლავიატურის მალსახმობები</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>ბრძანება</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>მალსახმობი</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>სხვა</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>Print one page in one language.</source>
        <translation>ბეჭდავს ერთ გვერდს ერთ ენაზე.</translation>
    </message>
    <message>
        <source>The site file.</source>
        <translation>საიტის ფაილი.</translation>
    </message>
    <message>
        <source>A page id, or a slug path such as news/my-article.</source>
        <translation>გვერდის id ან სლაგების გზა, მაგალითად news/my-article.</translation>
    </message>
    <message>
        <source>Language to show (default: the site's source language).</source>
        <translation>საჩვენებელი ენა (ნაგულისხმევად: საიტის წყაროს ენა).</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON-ის ბეჭდვა.</translation>
    </message>
    <message>
        <source>--lang: '%1' is not a language of %2 (it has: %3)</source>
        <translation>--lang: '%1' არ არის %2-ის ენა (აქვს: %3)</translation>
    </message>
    <message>
        <source>Page:          %1 (id %2)</source>
        <translation>გვერდი:        %1 (id %2)</translation>
    </message>
    <message>
        <source>Kind:          %1</source>
        <translation>სახე:          %1</translation>
    </message>
    <message>
        <source>Status:        %1</source>
        <translation>სტატუსი:       %1</translation>
    </message>
    <message>
        <source>Publish date:  %1</source>
        <translation>გამოქვეყნება:  %1</translation>
    </message>
    <message>
        <source>Translations:  %1</source>
        <translation>თარგმანები:    %1</translation>
    </message>
    <message>
        <source>Language:      %1</source>
        <translation>ენა:           %1</translation>
    </message>
    <message>
        <source>Title:         %1</source>
        <translation>სათაური:       %1</translation>
    </message>
    <message>
        <source>Summary:       %1</source>
        <translation>მოკლე აღწერა:  %1</translation>
    </message>
    <message>
        <source>%1: page %2 (%3) has no text in '%4'</source>
        <translation>%1: გვერდს %2 (%3) ენაზე '%4' ტექსტი არ აქვს</translation>
    </message>
    <message>
        <source>Lead image:    %1</source>
        <translation>მთ. სურათი:    %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>არცერთი</translation>
    </message>
</context>
<context>
    <name>SideBySideDialog</name>
    <message>
        <source>Translate Side by Side</source>
        <translation>გვერდიგვერდ თარგმნა</translation>
    </message>
    <message>
        <source>Start with:</source>
        <translation>დაწყება:</translation>
    </message>
    <message>
        <source>&amp;Empty fields to fill</source>
        <translation>&amp;ცარიელი ველებით</translation>
    </message>
    <message>
        <source>Show only what &amp;changed</source>
        <translation>მხოლოდ &amp;შეცვლილის ჩვენება</translation>
    </message>
    <message>
        <source>&amp;Mark as Up to Date</source>
        <translation>&amp;აქტუალურად მონიშვნა</translation>
    </message>
    <message>
        <source>Save, and record that the translation now matches the source</source>
        <translation>შენახვა და აღნიშვნა, რომ თარგმანი ახლა წყაროს შეესაბამება</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;მზადაა</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>შენახვა ვერ მოხერხდა</translation>
    </message>
    <message>
        <source>Translate Side by Side — %1 (%2)</source>
        <translation>გვერდიგვერდ თარგმნა — %1 (%2)</translation>
    </message>
    <message>
        <source>The %1 text to &amp;overwrite</source>
        <translation>%1 ტექსტით, &amp;გადასაწერად</translation>
    </message>
    <message>
        <source>New in the source since the translation was made.</source>
        <translation>წყაროში ახალია თარგმნის შემდეგ.</translation>
    </message>
    <message>
        <source>%1, source</source>
        <translation>%1, წყარო</translation>
    </message>
    <message>
        <source>Added to the source since the translation was made</source>
        <translation>წყაროს დაემატა თარგმნის შემდეგ</translation>
    </message>
    <message>
        <source>The source said before: %1</source>
        <translation>წყაროში ადრე ეწერა: %1</translation>
    </message>
    <message>
        <source>%1, translation</source>
        <translation>%1, თარგმანი</translation>
    </message>
    <message>
        <source>There is no %1 text yet.</source>
        <translation>%1 ტექსტი ჯერ არ არის.</translation>
    </message>
    <message numerus="yes">
        <source>Outdated: %n source segment(s) changed since the translation was made (highlighted). Update them, then mark the translation as up to date.</source>
        <translation>
            <numerusform>მოძველებულია: თარგმნის შემდეგ წყაროში შეიცვალა %n სეგმენტი (მონიშნულია). განაახლეთ ისინი, შემდეგ თარგმანი აქტუალურად მონიშნეთ.</numerusform>
            <numerusform>მოძველებულია: თარგმნის შემდეგ წყაროში შეიცვალა %n სეგმენტი (მონიშნულია). განაახლეთ ისინი, შემდეგ თარგმანი აქტუალურად მონიშნეთ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In progress: %n segment(s) still to translate.</source>
        <translation>
            <numerusform>მუშავდება: სათარგმნია კიდევ %n სეგმენტი.</numerusform>
            <numerusform>მუშავდება: სათარგმნია კიდევ %n სეგმენტი.</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date.</source>
        <translation>აქტუალურია.</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) of the translation match no block of the source and are not shown; saving here leaves them out (the previous text stays in the page's history).</source>
        <translation>
            <numerusform>თარგმანის %n ბლოკი წყაროს არცერთ ბლოკს არ შეესაბამება და არ ჩანს; აქ შენახვისას ისინი გამოტოვდება (წინა ტექსტი გვერდის ისტორიაში რჩება).</numerusform>
            <numerusform>თარგმანის %n ბლოკი წყაროს არცერთ ბლოკს არ შეესაბამება და არ ჩანს; აქ შენახვისას ისინი გამოტოვდება (წინა ტექსტი გვერდის ისტორიაში რჩება).</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the %1 title first: a text is saved with its title</source>
        <translation>ჯერ %1 სათაური დაწერეთ: ტექსტი სათაურთან ერთად ინახება</translation>
    </message>
    <message>
        <source>What changed: %1</source>
        <translation>რა შეიცვალა: %1</translation>
    </message>
</context>
<context>
    <name>SiteCheck</name>
    <message>
        <source>the title is empty</source>
        <translation>სათაური ცარიელია</translation>
    </message>
    <message>
        <source>a link goes to page %1, which does not exist</source>
        <translation>ბმული მიდის გვერდზე %1, რომელიც არ არსებობს</translation>
    </message>
    <message>
        <source>an image (%1) is not in the site file</source>
        <translation>სურათი (%1) საიტის ფაილში არ არის</translation>
    </message>
    <message>
        <source>the image %1 has no %2 alt text</source>
        <translation>სურათს %1 არ აქვს %2 ალტერნატიული ტექსტი</translation>
    </message>
    <message>
        <source>the Noto Sans Georgian web font is not installed (run packaging/fetch-data.sh); Georgian will use the reader's own fonts</source>
        <translation>ვებშრიფტი Noto Sans Georgian დაყენებული არ არის (გაუშვით packaging/fetch-data.sh); ქართული მკითხველის საკუთარი შრიფტებით გამოჩნდება</translation>
    </message>
    <message>
        <source>the site has no base URL: the bundle gets no sitemap.xml, canonical links or Open Graph addresses</source>
        <translation>საიტს საბაზო URL არ აქვს: პაკეტი ვერ მიიღებს sitemap.xml-ს, კანონიკურ ბმულებს და Open Graph მისამართებს</translation>
    </message>
    <message>
        <source>no page is published</source>
        <translation>არცერთი გვერდი არ არის გამოქვეყნებული</translation>
    </message>
    <message>
        <source>no %1 text: the page shows the %2 one</source>
        <translation>%1 ტექსტი არ არის: გვერდი %2 ტექსტს აჩვენებს</translation>
    </message>
    <message>
        <source>the %1 text is outdated: the %2 one changed since it was translated</source>
        <translation>%1 ტექსტი მოძველებულია: %2 ტექსტი თარგმნის შემდეგ შეიცვალა</translation>
    </message>
    <message numerus="yes">
        <source>the %1 translation is in progress: %n segment(s) not translated yet</source>
        <translation>
            <numerusform>%1 თარგმანი მუშავდება: %n სეგმენტი ჯერ თარგმნილი არ არის</numerusform>
            <numerusform>%1 თარგმანი მუშავდება: %n სეგმენტი ჯერ თარგმნილი არ არის</numerusform>
        </translation>
    </message>
    <message>
        <source>error</source>
        <translation>შეცდომა</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>გაფრთხილება</translation>
    </message>
    <message>
        <source>“%1” (/%2)</source>
        <translation>„%1“ (/%2)</translation>
    </message>
    <message>
        <source>a link goes to %1, which is not published in %2; only the link's text is shown</source>
        <translation>ბმული მიდის გვერდზე %1, რომელიც %2 ენის ვერსიაში გამოქვეყნებული არ არის; ჩანს მხოლოდ ბმულის ტექსტი</translation>
    </message>
    <message>
        <source>“%1”: the slug '%2' cannot be a folder name; the page and its subpages are left out</source>
        <translation>„%1“: სლაგი '%2' საქაღალდის სახელი ვერ იქნება; გვერდი და მისი ქვეგვერდები გამოტოვებულია</translation>
    </message>
    <message>
        <source>%1 and %2 would both be %3</source>
        <translation>%1 და %2 ორივე %3 იქნებოდა</translation>
    </message>
    <message>
        <source>%1 has no %2 text and is left out of %2</source>
        <translation>გვერდს %1 არ აქვს %2 ტექსტი და %2 საიტიდან გამოტოვებულია</translation>
    </message>
    <message>
        <source>Pagefind is not installed (run packaging/fetch-data.sh): the bundle's search pages get no index and tell visitors that search is not available</source>
        <translation>Pagefind დაყენებული არ არის (გაუშვით packaging/fetch-data.sh): ნაკრების საძიებო გვერდებს ინდექსი არ ექნებათ და ვიზიტორებს ეტყვიან, რომ ძიება მიუწვდომელია</translation>
    </message>
    <message>
        <source>%1 is at the address of the search page, %2: the %3 site gets no search page (give the page another slug)</source>
        <translation>%1 საძიებო გვერდის მისამართზეა, %2: %3 საიტი საძიებო გვერდს ვერ მიიღებს (გვერდს სხვა სლაგი მიეცით)</translation>
    </message>
    <message>
        <source>the page weighs %1 KB with its images, more than %2 KB: a reader on a phone waits for it (fewer or smaller images)</source>
        <translation>გვერდი სურათებთან ერთად %1 კბ-ს იწონის, %2 კბ-ზე მეტს: ტელეფონით მკითხველი მას დიდხანს ელოდება (ნაკლები ან უფრო მცირე სურათები)</translation>
    </message>
    <message>
        <source>the lead image %1 is %2 px wide; a link shared on social media shows it well from %3 px</source>
        <translation>მთავარი სურათი %1 %2 პიქსელის სიგანისაა; სოციალურ ქსელებში გაზიარებული ბმული მას კარგად აჩვენებს %3 პიქსელიდან</translation>
    </message>
    <message>
        <source>the lead image %1 has no %2 alt text</source>
        <translation>მთავარ სურათს %1 არ აქვს ალტერნატიული ტექსტი (%2)</translation>
    </message>
</context>
<context>
    <name>SiteCopy</name>
    <message>
        <source>prepare the copy of %1</source>
        <translation>ცხრილის %1 კოპირების მომზადება</translation>
    </message>
    <message>
        <source>copy the rows of %1</source>
        <translation>ცხრილის %1 სტრიქონების კოპირება</translation>
    </message>
    <message>
        <source>list the site's tables</source>
        <translation>საიტის ცხრილების ჩამოთვლა</translation>
    </message>
    <message>
        <source>read the rows of %1</source>
        <translation>ცხრილის %1 სტრიქონების წაკითხვა</translation>
    </message>
    <message>
        <source>start reading the site</source>
        <translation>საიტის წაკითხვის დაწყება</translation>
    </message>
    <message>
        <source>%1: the table %2 is not one Newsdesk knows how to copy; nothing was copied</source>
        <translation>%1: ცხრილის %2 კოპირება Newsdesk-მა არ იცის; არაფერი დაკოპირებულა</translation>
    </message>
    <message>
        <source>%1: the site has no table %2; nothing was copied</source>
        <translation>%1: საიტს არ აქვს ცხრილი %2; არაფერი დაკოპირებულა</translation>
    </message>
    <message>
        <source>empty %1</source>
        <translation>ცხრილის %1 დაცლა</translation>
    </message>
    <message>
        <source>pause the triggers of %1</source>
        <translation>ცხრილის %1 ტრიგერების შეჩერება</translation>
    </message>
    <message>
        <source>list the triggers</source>
        <translation>ტრიგერების ჩამოთვლა</translation>
    </message>
    <message>
        <source>pause the trigger %1</source>
        <translation>ტრიგერის %1 შეჩერება</translation>
    </message>
    <message>
        <source>restore the triggers of %1</source>
        <translation>ცხრილის %1 ტრიგერების აღდგენა</translation>
    </message>
    <message>
        <source>restore a trigger</source>
        <translation>ტრიგერის აღდგენა</translation>
    </message>
    <message>
        <source>%1: the table %2 has other columns than in %3 (%4 against %5); nothing was copied</source>
        <translation>%1: ცხრილს %2 სხვა სვეტები აქვს, ვიდრე წყაროში (%3): %4 და %5; არაფერი დაკოპირებულა</translation>
    </message>
    <message>
        <source>list the id sequences</source>
        <translation>იდენტიფიკატორების მიმდევრობების ჩამოთვლა</translation>
    </message>
    <message>
        <source>move the id sequence of %1</source>
        <translation>ცხრილის %1 იდენტიფიკატორების მიმდევრობის გადაწევა</translation>
    </message>
    <message>
        <source>finish the file</source>
        <translation>ფაილის დასრულება</translation>
    </message>
    <message>
        <source>remove the unfinished site</source>
        <translation>დაუმთავრებელი საიტის წაშლა</translation>
    </message>
    <message>
        <source>%1: the table %2 of %3 is missing</source>
        <translation>%1: აკლია ცხრილი %2, რომელიც წყაროშია (%3)</translation>
    </message>
    <message>
        <source>%1: the table %2 differs from %3's: %4 rows against %5</source>
        <translation>%1: ცხრილი %2 არ ემთხვევა წყაროს (%3): %4 სტრიქონი %5-ის ნაცვლად</translation>
    </message>
    <message>
        <source>%1: the table %2 differs from %3's: the same %4 rows, other contents</source>
        <translation>%1: ცხრილი %2 არ ემთხვევა წყაროს (%3): იგივე %4 სტრიქონი, სხვა შიგთავსი</translation>
    </message>
    <message>
        <source>move the count of text changes</source>
        <translation>ტექსტის ცვლილებების მრიცხველის გადატანა</translation>
    </message>
    <message>
        <source>gather the copied site's statistics</source>
        <translation>დაკოპირებული საიტის სტატისტიკის შეგროვება</translation>
    </message>
</context>
<context>
    <name>SiteDatabase</name>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: საქაღალდე %2 არ არსებობს</translation>
    </message>
    <message>
        <source>%1: cannot create the site: the file already exists</source>
        <translation>%1: საიტის შექმნა ვერ ხერხდება: ფაილი უკვე არსებობს</translation>
    </message>
    <message>
        <source>%1: no such site file</source>
        <translation>%1: ასეთი საიტის ფაილი არ არსებობს</translation>
    </message>
    <message>
        <source>%1: is a folder, not a site file</source>
        <translation>%1: ეს საქაღალდეა და არა საიტის ფაილი</translation>
    </message>
    <message>
        <source>%1: not a Newsdesk site: it is an SQLite database of another application</source>
        <translation>%1: ეს არ არის Newsdesk-ის საიტი: ეს სხვა პროგრამის SQLite მონაცემთა ბაზაა</translation>
    </message>
    <message>
        <source>%1: the site was written by a newer Newsdesk (schema %2; this version reads up to %3); it was left untouched</source>
        <translation>%1: საიტი Newsdesk-ის უფრო ახალმა ვერსიამ დაწერა (სქემა %2; ეს ვერსია კითხულობს %3-მდე); საიტი ხელუხლებელია</translation>
    </message>
    <message>
        <source>%1: the file is read-only; Newsdesk needs to write to it (check its permissions)</source>
        <translation>%1: ფაილი მხოლოდ წასაკითხია; Newsdesk-ს მასში ჩაწერა სჭირდება (შეამოწმეთ უფლებები)</translation>
    </message>
    <message>
        <source>%1: cannot write in the folder %2, where Newsdesk keeps the site's journal</source>
        <translation>%1: საქაღალდეში %2 ჩაწერა ვერ ხერხდება, სადაც Newsdesk საიტის ჟურნალს ინახავს</translation>
    </message>
    <message>
        <source>%1: cannot open the site: %2</source>
        <translation>%1: საიტის გახსნა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>enable foreign keys</source>
        <translation>გარე გასაღებების ჩართვა</translation>
    </message>
    <message>
        <source>set synchronous mode</source>
        <translation>სინქრონული რეჟიმის დაყენება</translation>
    </message>
    <message>
        <source>mark the file as a Newsdesk site</source>
        <translation>ფაილის Newsdesk-ის საიტად მონიშვნა</translation>
    </message>
    <message>
        <source>%1: cannot switch the site to write-ahead logging: %2</source>
        <translation>%1: საიტის წინასწარი ჩაწერის ჟურნალზე (WAL) გადართვა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the schema version: %2</source>
        <translation>%1: სქემის ვერსიის წაკითხვა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>%1: the site needs upgrading from schema %2 to %3, which a read-only open cannot do; open it for editing once</source>
        <translation>%1: საიტს სქემა %2-დან %3-მდე განახლება სჭირდება, რასაც მხოლოდ წასაკითხად გახსნა ვერ შეძლებს; ერთხელ გახსენით რედაქტირებისთვის</translation>
    </message>
    <message>
        <source>%1: the site file is damaged: %2</source>
        <translation>%1: საიტის ფაილი დაზიანებულია: %2</translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation>ტრანზაქციის დაწყება</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>დადასტურება</translation>
    </message>
    <message>
        <source>%1: the site file is damaged (cannot %2: %3)</source>
        <translation>%1: საიტის ფაილი დაზიანებულია (%2 ვერ მოხერხდა: %3)</translation>
    </message>
    <message>
        <source>%1: cannot %2: %3</source>
        <translation>%1: %2 ვერ მოხერხდა: %3</translation>
    </message>
    <message>
        <source>%1: not upgraded, because the backup before it failed: %2</source>
        <translation>%1: არ განახლდა, რადგან მანამდე სარეზერვო ასლის შექმნა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>%1: the site's write-ahead log (%2-wal) is missing: what was saved just before Newsdesk last stopped may be lost; the backups (File › Restore from Backup…) hold earlier states</source>
        <translation>%1: საიტის წინასწარი ჩაწერის ჟურნალი (%2-wal) აკლია: რაც Newsdesk-ის ბოლო გაჩერებამდე ცოტა ხნით ადრე შეინახა, შეიძლება დაკარგულია; უფრო ადრინდელი მდგომარეობები სარეზერვო ასლებშია (ფაილი › სარეზერვო ასლიდან აღდგენა…)</translation>
    </message>
    <message>
        <source>check the site file</source>
        <translation>საიტის ფაილის შემოწმება</translation>
    </message>
    <message>
        <source>look for changes</source>
        <translation>ცვლილებების შემოწმება</translation>
    </message>
    <message>
        <source>%1: Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>%1: Qt-ის PostgreSQL დრაივერი არ არის დაყენებული (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>%1: cannot reach the site's server %2: %3</source>
        <translation>%1: საიტის სერვერთან (%2) დაკავშირება ვერ მოხერხდა: %3</translation>
    </message>
    <message>
        <source>choose the site's schema</source>
        <translation>საიტის სქემის არჩევა</translation>
    </message>
    <message>
        <source>set the lock timeout</source>
        <translation>ბლოკირების ლოდინის დროის დაყენება</translation>
    </message>
    <message>
        <source>open the site read-only</source>
        <translation>საიტის მხოლოდ წასაკითხად გახსნა</translation>
    </message>
    <message>
        <source>look into the database</source>
        <translation>მონაცემთა ბაზის შემოწმება</translation>
    </message>
    <message>
        <source>%1: cannot create the site: the database already holds a Newsdesk site</source>
        <translation>%1: საიტი ვერ შეიქმნა: მონაცემთა ბაზაში უკვე არის Newsdesk-ის საიტი</translation>
    </message>
    <message>
        <source>%1: cannot create the site: the database is not empty (tables: %2); a team site needs a database of its own</source>
        <translation>%1: საიტი ვერ შეიქმნა: მონაცემთა ბაზა ცარიელი არ არის (ცხრილები: %2); გუნდურ საიტს საკუთარი მონაცემთა ბაზა სჭირდება</translation>
    </message>
    <message>
        <source>%1: not a Newsdesk site: the database holds none (newsdesk init makes one)</source>
        <translation>%1: ეს Newsdesk-ის საიტი არ არის: მონაცემთა ბაზაში საიტი არ არის (მას newsdesk init ქმნის)</translation>
    </message>
    <message>
        <source>read the schema version</source>
        <translation>სქემის ვერსიის წაკითხვა</translation>
    </message>
    <message>
        <source>read the columns of %1</source>
        <translation>ცხრილის %1 სვეტების წაკითხვა</translation>
    </message>
    <message>
        <source>%1: the site's server %2 asks for %3's password (type it, or put it in ~/.pgpass)</source>
        <translation>%1: საიტის სერვერი %2 ითხოვს პაროლს, მომხმარებელი: %3 (აკრიფეთ ან ჩაწერეთ ~/.pgpass-ში)</translation>
    </message>
    <message>
        <source>your account</source>
        <translation>თქვენი ანგარიში</translation>
    </message>
    <message>
        <source>%1: cannot open the site on its server %2: %3</source>
        <translation>%1: საიტის გახსნა მის სერვერზე %2 ვერ მოხერხდა: %3</translation>
    </message>
    <message>
        <source>read who is connected</source>
        <translation>იმის წაკითხვა, ვინ არის დაკავშირებული</translation>
    </message>
    <message>
        <source>set the cache size</source>
        <translation>ქეშის ზომის დაყენება</translation>
    </message>
</context>
<context>
    <name>SiteDictionaryRepository</name>
    <message>
        <source>read the site's dictionary</source>
        <translation>საიტის ლექსიკონის წაკითხვა</translation>
    </message>
    <message>
        <source>%1: '%2' cannot be added to the site's dictionary</source>
        <translation>%1: „%2“ ვერ დაემატება საიტის ლექსიკონს</translation>
    </message>
    <message>
        <source>add '%1' to the site's dictionary</source>
        <translation>„%1“-ის საიტის ლექსიკონში დამატება</translation>
    </message>
    <message>
        <source>remove '%1' from the site's dictionary</source>
        <translation>„%1“-ის საიტის ლექსიკონიდან ამოშლა</translation>
    </message>
</context>
<context>
    <name>SiteExporter</name>
    <message>
        <source>Export cancelled</source>
        <translation>ექსპორტი გაუქმდა</translation>
    </message>
    <message>
        <source>%1: not a folder</source>
        <translation>%1: ეს საქაღალდე არ არის</translation>
    </message>
    <message>
        <source>%1: cannot read the page for the search index: %2</source>
        <translation>%1: საძიებო ინდექსისთვის გვერდის წაკითხვა ვერ მოხერხდა: %2</translation>
    </message>
</context>
<context>
    <name>SiteLocation</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>names several servers; give one</source>
        <translation>რამდენიმე სერვერს ასახელებს; მიუთითეთ ერთი</translation>
    </message>
    <message>
        <source>not a valid server address (%1)</source>
        <translation>სერვერის მისამართი არასწორია (%1)</translation>
    </message>
    <message>
        <source>the port “%1” is not a port number</source>
        <translation>„%1“ პორტის ნომერი არ არის</translation>
    </message>
    <message>
        <source>Newsdesk does not pass on the parameter “%1”</source>
        <translation>Newsdesk პარამეტრს „%1“ არ გადასცემს</translation>
    </message>
    <message>
        <source>names no database (postgresql://server/database)</source>
        <translation>მონაცემთა ბაზა არ არის მითითებული (postgresql://სერვერი/ბაზა)</translation>
    </message>
    <message>
        <source>the local server</source>
        <translation>ადგილობრივი სერვერი</translation>
    </message>
    <message>
        <source>the sslmode “%1” is none of %2</source>
        <translation>sslmode „%1“ არცერთი ამათგანი არ არის: %2</translation>
    </message>
    <message>
        <source>Database: give the name of the site's database</source>
        <translation>მონაცემთა ბაზა: მიუთითეთ საიტის მონაცემთა ბაზის სახელი</translation>
    </message>
    <message>
        <source>Port: %1 is not a port number</source>
        <translation>პორტი: %1 პორტის ნომერი არ არის</translation>
    </message>
    <message>
        <source>Server: “%1” is neither a host name nor a socket folder (starting with /)</source>
        <translation>სერვერი: „%1“ არც ჰოსტის სახელია და არც სოკეტის საქაღალდე (იწყება /-ით)</translation>
    </message>
    <message>
        <source>TLS: the sslmode “%1” is none of %2</source>
        <translation>TLS: sslmode „%1“ არცერთი ამათგანი არ არის: %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>ეს კომპიუტერი</translation>
    </message>
</context>
<context>
    <name>SitePresence</name>
    <message>
        <source>You are editing the %1 text in another window</source>
        <translation>თქვენ ტექსტს (%1) სხვა ფანჯარაში არედაქტირებთ</translation>
    </message>
    <message>
        <source>%1 is editing the %2 text</source>
        <translation>%1 არედაქტირებს ტექსტს (%2)</translation>
    </message>
</context>
<context>
    <name>SiteRecovery</name>
    <message>
        <source>Cannot open the site</source>
        <translation>საიტის გახსნა ვერ მოხერხდა</translation>
    </message>
    <message>
        <source>There are backups of this site. Put one in its place? The file as it is now is kept as a backup too.</source>
        <translation>ამ საიტს სარეზერვო ასლები აქვს. ჩავდგათ ერთ-ერთი მის ადგილას? ფაილის ამჟამინდელი მდგომარეობაც სარეზერვო ასლად შეინახება.</translation>
    </message>
    <message>
        <source>Restore from Backup…</source>
        <translation>სარეზერვო ასლიდან აღდგენა…</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>მხოლოდ წასაკითხად გახსნა</translation>
    </message>
    <message>
        <source>The site file is damaged</source>
        <translation>საიტის ფაილი დაზიანებულია</translation>
    </message>
    <message>
        <source>Newsdesk can put a good backup in place; the damaged file is kept as a backup too.</source>
        <translation>Newsdesk-ს შეუძლია მის ადგილას კარგი სარეზერვო ასლი ჩადგას; დაზიანებული ფაილიც სარეზერვო ასლად შეინახება.</translation>
    </message>
    <message>
        <source>There is no backup of this site yet. Copy the file somewhere safe before working on.</source>
        <translation>ამ საიტის სარეზერვო ასლი ჯერ არ არის. მუშაობის გაგრძელებამდე ფაილი უსაფრთხო ადგილას დააკოპირეთ.</translation>
    </message>
    <message>
        <source>Cannot Restore the Backup</source>
        <translation>სარეზერვო ასლის აღდგენა ვერ მოხერხდა</translation>
    </message>
    <message>
        <source>Restored the backup %1</source>
        <translation>აღდგა სარეზერვო ასლი %1</translation>
    </message>
</context>
<context>
    <name>SiteRepository</name>
    <message>
        <source>read the site settings</source>
        <translation>საიტის პარამეტრების წაკითხვა</translation>
    </message>
    <message>
        <source>read the site languages</source>
        <translation>საიტის ენების წაკითხვა</translation>
    </message>
    <message>
        <source>%1: the source language %2 is not one of the site's languages</source>
        <translation>%1: წყაროს ენა %2 საიტის ენებს შორის არ არის</translation>
    </message>
    <message>
        <source>save the site settings</source>
        <translation>საიტის პარამეტრების შენახვა</translation>
    </message>
    <message>
        <source>save the site language %1</source>
        <translation>საიტის ენის %1 შენახვა</translation>
    </message>
</context>
<context>
    <name>SiteSettingsDialog</name>
    <message>
        <source>Site Settings</source>
        <translation>საიტის პარამეტრები</translation>
    </message>
    <message>
        <source>Site title in %1</source>
        <translation>საიტის სათაური (%1)</translation>
    </message>
    <message>
        <source>Site title (%1):</source>
        <translation>საიტის სათაური (%1):</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>საბაზო URL</translation>
    </message>
    <message>
        <source>&amp;Address (base URL):</source>
        <translation>&amp;მისამართი (საბაზო URL):</translation>
    </message>
    <message>
        <source>Untranslated pages</source>
        <translation>უთარგმნელი გვერდები</translation>
    </message>
    <message>
        <source>Leave them out of that language</source>
        <translation>იმ ენიდან გამოტოვება</translation>
    </message>
    <message>
        <source>Show the source text with a notice</source>
        <translation>წყაროს ტექსტის ჩვენება შენიშვნით</translation>
    </message>
    <message>
        <source>&amp;Untranslated pages:</source>
        <translation>&amp;უთარგმნელი გვერდები:</translation>
    </message>
    <message>
        <source>Theme folder</source>
        <translation>თემის საქაღალდე</translation>
    </message>
    <message>
        <source>The default theme</source>
        <translation>ნაგულისხმევი თემა</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>არჩევა…</translation>
    </message>
    <message>
        <source>&amp;Theme folder:</source>
        <translation>&amp;თემის საქაღალდე:</translation>
    </message>
    <message>
        <source>News per page</source>
        <translation>სიახლეები გვერდზე</translation>
    </message>
    <message>
        <source>&amp;News per list page:</source>
        <translation>&amp;სიახლეები სიის გვერდზე:</translation>
    </message>
    <message>
        <source>English spelling</source>
        <translation>ინგლისური მართლწერა</translation>
    </message>
    <message>
        <source>British (en_GB)</source>
        <translation>ბრიტანული (en_GB)</translation>
    </message>
    <message>
        <source>American (en_US)</source>
        <translation>ამერიკული (en_US)</translation>
    </message>
    <message>
        <source>&amp;English spelling:</source>
        <translation>&amp;ინგლისური მართლწერა:</translation>
    </message>
    <message>
        <source>Theme Folder</source>
        <translation>თემის საქაღალდე</translation>
    </message>
    <message>
        <source>The address must be an http(s) address such as https://www.example.org/georgia/.</source>
        <translation>მისამართი უნდა იყოს http(s) მისამართი, მაგალითად https://www.example.org/georgia/.</translation>
    </message>
</context>
<context>
    <name>SpellChecker</name>
    <message>
        <source>No %1 dictionary (%2.aff/.dic) in %3: spelling in that language is off</source>
        <translation>%3-ში %1 ლექსიკონი (%2.aff/.dic) არ არის: ამ ენაზე მართლწერა გამორთულია</translation>
    </message>
    <message>
        <source>'%1' cannot be added to the dictionary</source>
        <translation>'%1'-ის ლექსიკონში დამატება შეუძლებელია</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: ჩაწერა ვერ მოხერხდა: %2</translation>
    </message>
</context>
<context>
    <name>SpellCommand</name>
    <message>
        <source>List misspelled words in a site's pages, or in a text file.</source>
        <translation>ჩამოთვლის შეცდომით დაწერილ სიტყვებს საიტის გვერდებში ან ტექსტურ ფაილში.</translation>
    </message>
    <message>
        <source>A site file (.newsdesk), or a UTF-8 text file.</source>
        <translation>საიტის ფაილი (.newsdesk) ან UTF-8 ტექსტური ფაილი.</translation>
    </message>
    <message>
        <source>The language (a site: only its texts in it; a text file: required).</source>
        <translation>ენა (საიტისთვის: მხოლოდ ამ ენის ტექსტები; ტექსტური ფაილისთვის: აუცილებელია).</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Print the report as JSON (sites).</source>
        <translation>ანგარიშის JSON-ად ბეჭდვა (საიტებისთვის).</translation>
    </message>
    <message>
        <source>spell: a text file needs --lang</source>
        <translation>spell: ტექსტურ ფაილს --lang სჭირდება</translation>
    </message>
    <message>
        <source>%1: the site has no language '%2'</source>
        <translation>%1: საიტს არ აქვს ენა '%2'</translation>
    </message>
    <message numerus="yes">
        <source>%n misspelling(s)</source>
        <translation>
            <numerusform>%n შეცდომა</numerusform>
            <numerusform>%n შეცდომა</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a word to the site's dictionary, shared by everyone who edits the site (its language: --lang, else its script's); repeat for more words.</source>
        <translation>სიტყვის დამატება საიტის ლექსიკონში, რომელიც საერთოა ყველასთვის, ვინც საიტს არედაქტირებს (ენა: --lang, სხვა შემთხვევაში — სიტყვის დამწერლობისა); მეტი სიტყვისთვის გაიმეორეთ.</translation>
    </message>
    <message>
        <source>WORD</source>
        <translation>სიტყვა</translation>
    </message>
    <message>
        <source>spell: --add needs a site file (.newsdesk)</source>
        <translation>spell: --add-ს საიტის ფაილი სჭირდება (.newsdesk)</translation>
    </message>
    <message>
        <source>%1: '%2' is not a word in one of the site's languages (%3)</source>
        <translation>%1: „%2“ არ არის სიტყვა საიტის არცერთ ენაზე (%3)</translation>
    </message>
</context>
<context>
    <name>SpellingActions</name>
    <message>
        <source>Check &amp;Spelling</source>
        <translation>&amp;მართლწერის შემოწმება</translation>
    </message>
    <message>
        <source>%1 (missing: spelling in this language is off)</source>
        <translation>%1 (არ არის: ამ ენაზე მართლწერა გამორთულია)</translation>
    </message>
</context>
<context>
    <name>SpellingReportDialog</name>
    <message>
        <source>Spelling Report</source>
        <translation>მართლწერის ანგარიში</translation>
    </message>
    <message>
        <source>Checking every page…</source>
        <translation>ყველა გვერდი მოწმდება…</translation>
    </message>
    <message>
        <source>Misspelled words</source>
        <translation>შეცდომით დაწერილი სიტყვები</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>სიტყვა</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ენა</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>რამდენჯერ</translation>
    </message>
    <message>
        <source>Double-click to open the page at the word</source>
        <translation>ორჯერ დააწკაპუნეთ, რომ გვერდი ამ სიტყვაზე გაიხსნას</translation>
    </message>
    <message>
        <source>No misspelled words.</source>
        <translation>შეცდომით დაწერილი სიტყვები არ არის.</translation>
    </message>
    <message numerus="yes">
        <source>%n misspelled word(s)</source>
        <translation>
            <numerusform>%n შეცდომით დაწერილი სიტყვა</numerusform>
            <numerusform>%n შეცდომით დაწერილი სიტყვა</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n time(s) in all. Double-click a page to open it at the word.</source>
        <translation>
            <numerusform>, სულ %n-ჯერ. ორჯერ დააწკაპუნეთ გვერდზე, რომ ის ამ სიტყვაზე გაიხსნას.</numerusform>
            <numerusform>, სულ %n-ჯერ. ორჯერ დააწკაპუნეთ გვერდზე, რომ ის ამ სიტყვაზე გაიხსნას.</numerusform>
        </translation>
    </message>
    <message>
        <source>English (US)</source>
        <translation>ინგლისური (აშშ)</translation>
    </message>
    <message>
        <source>English (UK)</source>
        <translation>ინგლისური (ბრიტანეთი)</translation>
    </message>
</context>
<context>
    <name>SqliteHeader</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: ფაილის წაკითხვა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>%1: not a Newsdesk site: the file is empty</source>
        <translation>%1: ეს არ არის Newsdesk-ის საიტი: ფაილი ცარიელია</translation>
    </message>
    <message>
        <source>%1: not a Newsdesk site: the file is not an SQLite database</source>
        <translation>%1: ეს არ არის Newsdesk-ის საიტი: ფაილი SQLite მონაცემთა ბაზა არ არის</translation>
    </message>
    <message>
        <source>%1: the site file is damaged: its header is invalid</source>
        <translation>%1: საიტის ფაილი დაზიანებულია: სათაური (header) არასწორია</translation>
    </message>
    <message>
        <source>%1: the site file is damaged: it is truncated (%2 of %3 bytes)</source>
        <translation>%1: საიტის ფაილი დაზიანებულია: ის შეკვეცილია (%2 ბაიტი %3-დან)</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>ეს ფაილი არ არის</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Show where every translation stands: missing, in progress, outdated, up to date.</source>
        <translation>აჩვენებს, სად დგას ყოველი თარგმანი: არ არის, მუშავდება, მოძველებულია, აქტუალურია.</translation>
    </message>
    <message>
        <source>The site file.</source>
        <translation>საიტის ფაილი.</translation>
    </message>
    <message>
        <source>Only these languages (comma-separated codes; default: all but the source).</source>
        <translation>მხოლოდ ეს ენები (მძიმით გამოყოფილი კოდები; ნაგულისხმევად: ყველა, წყაროს გარდა).</translation>
    </message>
    <message>
        <source>LANGS</source>
        <translation>LANGS</translation>
    </message>
    <message>
        <source>Only pages in these states (comma-separated: outdated, missing, in-progress, up-to-date).</source>
        <translation>მხოლოდ ამ მდგომარეობის გვერდები (მძიმით: outdated, missing, in-progress, up-to-date).</translation>
    </message>
    <message>
        <source>STATES</source>
        <translation>STATES</translation>
    </message>
    <message>
        <source>Under each outdated page, what changed in the source since it was translated.</source>
        <translation>ყოველი მოძველებული გვერდის ქვეშ — რა შეიცვალა წყაროში თარგმნის შემდეგ.</translation>
    </message>
    <message>
        <source>Print the table as JSON.</source>
        <translation>ცხრილის JSON-ად ბეჭდვა.</translation>
    </message>
    <message>
        <source>--only: '%1' is not a state (outdated, missing, in-progress, up-to-date)</source>
        <translation>--only: '%1' მდგომარეობა არ არის (outdated, missing, in-progress, up-to-date)</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>ენა</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>მდგომარეობა</translation>
    </message>
    <message>
        <source>WORDS</source>
        <translation>სიტყვა</translation>
    </message>
    <message>
        <source>TO DO</source>
        <translation>დარჩა</translation>
    </message>
    <message>
        <source>SOURCE CHANGED</source>
        <translation>წყარო შეიცვალა</translation>
    </message>
    <message>
        <source>TRANSLATED</source>
        <translation>ითარგმნა</translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation>PAGE</translation>
    </message>
</context>
<context>
    <name>TeamSiteDialog</name>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>პაროლის &amp;დამახსოვრება სისტემურ საცავში</translation>
    </message>
    <message>
        <source>Open Team Site</source>
        <translation>გუნდის საიტის გახსნა</translation>
    </message>
    <message>
        <source>A team site is a database of its own on a PostgreSQL server, shared by the office.</source>
        <translation>გუნდის საიტი ცალკე მონაცემთა ბაზაა PostgreSQL სერვერზე, რომელსაც მთელი ოფისი იყენებს.</translation>
    </message>
    <message>
        <source>db.example.org, or a socket folder: /var/run/postgresql</source>
        <translation>db.example.org, ან სოკეტის საქაღალდე: /var/run/postgresql</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>სერვერი</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;სერვერი:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>პორტი</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;პორტი:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>მონაცემთა ბაზა</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;მონაცემთა ბაზა:</translation>
    </message>
    <message>
        <source>the name of your account on this computer</source>
        <translation>თქვენი ანგარიშის სახელი ამ კომპიუტერზე</translation>
    </message>
    <message>
        <source>User</source>
        <translation>მომხმარებელი</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>მომ&amp;ხმარებელი:</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Prefer: encrypted when the server offers it</source>
        <translation>სასურველი: დაშიფრული, თუ სერვერს შეუძლია</translation>
    </message>
    <message>
        <source>Require: always encrypted</source>
        <translation>სავალდებულო: ყოველთვის დაშიფრული</translation>
    </message>
    <message>
        <source>Verify: encrypted, the server's certificate checked</source>
        <translation>შემოწმება: დაშიფრული, სერვერის სერტიფიკატი შემოწმებული</translation>
    </message>
    <message>
        <source>Disable: never encrypted</source>
        <translation>გამორთული: არასოდეს დაშიფრული</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>პაროლი</translation>
    </message>
    <message>
        <source>empty: the keyring's, or ~/.pgpass</source>
        <translation>ცარიელი: საცავიდან ან ~/.pgpass-იდან</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>პა&amp;როლი:</translation>
    </message>
    <message>
        <source>Newsdesk never writes the password into its settings. Without a system keyring, put it in ~/.pgpass (libpq reads it there).</source>
        <translation>Newsdesk პაროლს თავის პარამეტრებში არასოდეს წერს. თუ სისტემური პაროლების საცავი არ გაქვთ, ჩაწერეთ ის ~/.pgpass-ში (libpq იქიდან კითხულობს).</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;გახსნა</translation>
    </message>
    <message>
        <source>Not used for a server on this computer (a socket)</source>
        <translation>ამ კომპიუტერზე არსებული სერვერისთვის (სოკეტი) არ გამოიყენება</translation>
    </message>
    <message>
        <source>Password not remembered: put it in ~/.pgpass to open the site without typing it. %1</source>
        <translation>პაროლი არ დამახსოვრებულა: ჩაწერეთ ის ~/.pgpass-ში, რომ საიტი აკრეფის გარეშე გაიხსნას. %1</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: წაკითხვა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>%1: the theme folder does not exist</source>
        <translation>%1: თემის საქაღალდე არ არსებობს</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not a JSON object of words: %2</source>
        <translation>%1: არ არის სიტყვების JSON ობიექტი: %2</translation>
    </message>
    <message>
        <source>the file holds no object</source>
        <translation>ფაილში ობიექტი არ არის</translation>
    </message>
    <message>
        <source>%1: the word "%2" is not a string</source>
        <translation>%1: სიტყვა „%2“ სტრიქონი არ არის</translation>
    </message>
</context>
<context>
    <name>TranslationActions</name>
    <message>
        <source>Cannot Translate This Page</source>
        <translation>ამ გვერდის თარგმნა ვერ ხერხდება</translation>
    </message>
    <message>
        <source>Cannot Mark as Up to Date</source>
        <translation>აქტუალურად მონიშვნა ვერ მოხერხდა</translation>
    </message>
    <message>
        <source>The %1 translation is marked as up to date.</source>
        <translation>%1 თარგმანი მოინიშნა აქტუალურად.</translation>
    </message>
    <message>
        <source>Cannot Show the Translation Dashboard</source>
        <translation>თარგმანების დაფის ჩვენება ვერ მოხერხდა</translation>
    </message>
    <message>
        <source>Import Translation</source>
        <translation>თარგმანის იმპორტი</translation>
    </message>
    <message>
        <source>XLIFF files (*.xlf *.xliff);;All files (*)</source>
        <translation>XLIFF ფაილები (*.xlf *.xliff);;ყველა ფაილი (*)</translation>
    </message>
    <message>
        <source>Cannot Import the Translation</source>
        <translation>თარგმანის იმპორტი ვერ მოხერხდა</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: ფაილის წაკითხვა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>Nothing Was Imported</source>
        <translation>არაფერი შემოტანილა</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; the site was left as it was.</source>
        <translation>
            <numerusform>%1-ში %n პრობლემაა; საიტი ხელუხლებელია.</numerusform>
            <numerusform>%1-ში %n პრობლემაა; საიტი ხელუხლებელია.</numerusform>
        </translation>
    </message>
    <message>
        <source>Translation Imported</source>
        <translation>თარგმანი შემოტანილია</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n segment(s) applied</source>
        <translation>
            <numerusform>%1: გამოყენებულია %n სეგმენტი</numerusform>
            <numerusform>%1: გამოყენებულია %n სეგმენტი</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) changed in %1.</source>
        <translation>
            <numerusform>%1 ენის ვერსიაში შეიცვალა %n გვერდი.</numerusform>
            <numerusform>%1 ენის ვერსიაში შეიცვალა %n გვერდი.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranslationBasisRepository</name>
    <message>
        <source>page %1 in %2</source>
        <translation>გვერდი %1 (%2)</translation>
    </message>
    <message>
        <source>read the source language</source>
        <translation>წყაროს ენის წაკითხვა</translation>
    </message>
    <message>
        <source>%1: the site has no settings row</source>
        <translation>%1: საიტს პარამეტრების ჩანაწერი არ აქვს</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>%1-ის წაკითხვა</translation>
    </message>
    <message>
        <source>record what %1 was made from</source>
        <translation>იმის ჩაწერა, რისგან გაკეთდა %1</translation>
    </message>
    <message>
        <source>read what %1 was made from</source>
        <translation>იმის წაკითხვა, რისგან გაკეთდა %1</translation>
    </message>
    <message>
        <source>record the status of %1</source>
        <translation>%1-ის მდგომარეობის ჩაწერა</translation>
    </message>
    <message>
        <source>list the texts</source>
        <translation>ტექსტების ჩამოთვლა</translation>
    </message>
</context>
<context>
    <name>TranslationDashboard</name>
    <message>
        <source>Translation Dashboard</source>
        <translation>თარგმანების დაფა</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;ჩვენება:</translation>
    </message>
    <message>
        <source>Pages that need work</source>
        <translation>გვერდები, რომლებსაც მუშაობა სჭირდება</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>მოძველებული</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>არ არის</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>მუშავდება</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>ყველა</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>გვერდი</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ენა</translation>
    </message>
    <message>
        <source>State</source>
        <translation>მდგომარეობა</translation>
    </message>
    <message>
        <source>Source words</source>
        <translation>წყაროს სიტყვები</translation>
    </message>
    <message>
        <source>To translate</source>
        <translation>სათარგმნი</translation>
    </message>
    <message>
        <source>Source changed</source>
        <translation>წყარო შეიცვალა</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>ითარგმნა</translation>
    </message>
    <message>
        <source>Double-click a row, or press Enter, to translate it side by side</source>
        <translation>ორჯერ დააწკაპუნეთ სტრიქონზე ან დააჭირეთ Enter-ს, რომ გვერდიგვერდ თარგმნოთ</translation>
    </message>
    <message numerus="yes">
        <source>%n source segment(s) changed since the translation was made</source>
        <translation>
            <numerusform>თარგმნის შემდეგ წყაროში შეიცვალა %n სეგმენტი</numerusform>
            <numerusform>თარგმნის შემდეგ წყაროში შეიცვალა %n სეგმენტი</numerusform>
        </translation>
    </message>
    <message>
        <source>This site has no language to translate into.</source>
        <translation>ამ საიტს სათარგმნი ენა არ აქვს.</translation>
    </message>
</context>
<context>
    <name>TranslationDraft</name>
    <message>
        <source>%1: page %2 has no %3 text to translate</source>
        <translation>%1: გვერდს %2 არ აქვს სათარგმნი %3 ტექსტი</translation>
    </message>
</context>
<context>
    <name>TranslationStatus</name>
    <message>
        <source>%1: %2 of %3 pages up to date, %4 in progress, %5 outdated, %6 missing; %7 words to translate</source>
        <translation>%1: %3 გვერდიდან აქტუალურია %2, მუშავდება %4, მოძველებულია %5, არ არის %6; სათარგმნია %7 სიტყვა</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>არ არის</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>მუშავდება</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>აქტუალურია</translation>
    </message>
    <message>
        <source>outdated</source>
        <translation>მოძველებულია</translation>
    </message>
    <message>
        <source>source</source>
        <translation>წყარო</translation>
    </message>
</context>
<context>
    <name>TrashCommand</name>
    <message>
        <source>List the trash, restore a page from it, or empty it.</source>
        <translation>აჩვენებს ნაგავს, აღადგენს მისგან გვერდს ან ცლის მას.</translation>
    </message>
    <message>
        <source>The site file.</source>
        <translation>საიტის ფაილი.</translation>
    </message>
    <message>
        <source>Put the entry with this id back where it was (its subpages too).</source>
        <translation>ამ id-ის ჩანაწერის თავის ადგილას დაბრუნება (ქვეგვერდებიანად).</translation>
    </message>
    <message>
        <source>Delete everything in the trash for good.</source>
        <translation>ნაგავში არსებულის სამუდამოდ წაშლა.</translation>
    </message>
    <message>
        <source>Print the list as JSON.</source>
        <translation>სიის JSON-ად ბეჭდვა.</translation>
    </message>
    <message>
        <source>trash: --restore and --empty do not go together</source>
        <translation>trash: --restore და --empty ერთად არ გამოიყენება</translation>
    </message>
    <message>
        <source>--restore: '%1' is not an entry id (see 'newsdesk trash SITE')</source>
        <translation>--restore: '%1' ჩანაწერის id არ არის (იხ. 'newsdesk trash SITE')</translation>
    </message>
    <message>
        <source>Restored page %1 at %2</source>
        <translation>გვერდი %1 აღდგა აქ: %2</translation>
    </message>
    <message numerus="yes">
        <source>Emptied the trash: %n entry(s) deleted for good</source>
        <translation>
            <numerusform>ნაგავი დაიცალა: სამუდამოდ წაიშალა %n ჩანაწერი</numerusform>
            <numerusform>ნაგავი დაიცალა: სამუდამოდ წაიშალა %n ჩანაწერი</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>ნაგავი ცარიელია.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n გვერდი</numerusform>
            <numerusform>%n გვერდი</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>ნაგავი</translation>
    </message>
    <message>
        <source>Deleted pages wait here with their subpages until you empty the trash.</source>
        <translation>წაშლილი გვერდები ქვეგვერდებიანად აქ ელოდება, სანამ ნაგავს არ დაცლით.</translation>
    </message>
    <message>
        <source>Deleted pages</source>
        <translation>წაშლილი გვერდები</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>გვერდი</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>გვერდები</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>წაიშალა</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;აღდგენა</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>ნაგვის &amp;დაცლა…</translation>
    </message>
    <message>
        <source>(untitled page %1)</source>
        <translation>(უსათაურო გვერდი %1)</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>ნაგვის დაცლა</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n page(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>წაიშალოს ნაგავში არსებული %n გვერდი სამუდამოდ? ამას ვეღარ დააბრუნებთ.</numerusform>
            <numerusform>წაიშალოს ნაგავში არსებული %n გვერდი სამუდამოდ? ამას ვეღარ დააბრუნებთ.</numerusform>
        </translation>
    </message>
    <message>
        <source>By</source>
        <translation>ვინ</translation>
    </message>
</context>
<context>
    <name>TrashRepository</name>
    <message>
        <source>copy page %1 to the trash</source>
        <translation>გვერდის %1 ნაგავში კოპირება</translation>
    </message>
    <message>
        <source>read the title of page %1</source>
        <translation>გვერდის %1 სათაურის წაკითხვა</translation>
    </message>
    <message>
        <source>move page %1 to the trash</source>
        <translation>გვერდის %1 ნაგავში გადატანა</translation>
    </message>
    <message>
        <source>list the trash</source>
        <translation>ნაგვის ჩამოთვლა</translation>
    </message>
    <message>
        <source>read the trash</source>
        <translation>ნაგვის წაკითხვა</translation>
    </message>
    <message>
        <source>%1: nothing in the trash with id %2</source>
        <translation>%1: ნაგავში id-ით %2 არაფერია</translation>
    </message>
    <message>
        <source>%1: trash entry %2 is damaged</source>
        <translation>%1: ნაგვის ჩანაწერი %2 დაზიანებულია</translation>
    </message>
    <message>
        <source>restore page %1</source>
        <translation>გვერდის %1 აღდგენა</translation>
    </message>
    <message>
        <source>restore page %1 from the trash</source>
        <translation>გვერდის %1 ნაგვიდან აღდგენა</translation>
    </message>
    <message>
        <source>empty the trash</source>
        <translation>ნაგვის დაცლა</translation>
    </message>
</context>
<context>
    <name>TreeCommand</name>
    <message>
        <source>Print the page tree with kinds, statuses and translations.</source>
        <translation>ბეჭდავს გვერდების ხეს სახეებით, სტატუსებითა და თარგმანებით.</translation>
    </message>
    <message>
        <source>The site file.</source>
        <translation>საიტის ფაილი.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>ცხრილის ნაცვლად JSON-ის ბეჭდვა.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>სახე</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>სტატუსი</translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation>PAGE</translation>
    </message>
</context>
<context>
    <name>UsersCommand</name>
    <message>
        <source>List a team site's people and roles; add or remove a person (publishers).</source>
        <translation>აჩვენებს გუნდური საიტის ხალხსა და როლებს; ამატებს ან აშორებს ადამიანს (გამომქვეყნებლები).</translation>
    </message>
    <message>
        <source>The team site's address.</source>
        <translation>გუნდური საიტის მისამართი.</translation>
    </message>
    <message>
        <source>add: make NAME one of the site's people; remove: take NAME off the site.</source>
        <translation>add: NAME-ის საიტის ხალხში დამატება; remove: NAME-ის საიტიდან მოშორება.</translation>
    </message>
    <message>
        <source>The person's PostgreSQL role (their user name).</source>
        <translation>ადამიანის PostgreSQL როლი (მისი მომხმარებლის სახელი).</translation>
    </message>
    <message>
        <source>editor (pages and texts, no publishing), translator (texts in their languages only) or publisher (everything).</source>
        <translation>editor (გვერდები და ტექსტები, გამოქვეყნების გარეშე), translator (მხოლოდ ტექსტები თავის ენებზე) ან publisher (ყველაფერი).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>როლი</translation>
    </message>
    <message>
        <source>A translator's language (a site language's code); repeat for several.</source>
        <translation>მთარგმნელის ენა (საიტის ენის კოდი); რამდენიმესთვის გაიმეორეთ.</translation>
    </message>
    <message>
        <source>L</source>
        <translation>ენა</translation>
    </message>
    <message>
        <source>Read a new person's password from the first line of standard input (else it is asked on the terminal, without echo).</source>
        <translation>ახალი ადამიანის პაროლის წაკითხვა სტანდარტული შეყვანის პირველი სტრიქონიდან (სხვა შემთხვევაში ტერმინალში იკითხება, ეკრანზე ჩვენების გარეშე).</translation>
    </message>
    <message>
        <source>users: '%1' is neither add nor remove</source>
        <translation>users: '%1' არც add არის და არც remove</translation>
    </message>
    <message>
        <source>users: --role, --lang and --password-stdin go with add</source>
        <translation>users: --role, --lang და --password-stdin მხოლოდ add-თან ერთად გამოიყენება</translation>
    </message>
    <message>
        <source>No people: a site file has no roles (whoever opens it may do everything)</source>
        <translation>ხალხი არ არის: საიტის ფაილს როლები არ აქვს (ვინც გახსნის, ყველაფერი შეუძლია)</translation>
    </message>
    <message>
        <source>users add: --role editor, translator or publisher is needed</source>
        <translation>users add: საჭიროა --role editor, translator ან publisher</translation>
    </message>
    <message>
        <source>users add: --role: '%1' is not one of editor, translator, publisher</source>
        <translation>users add: --role: '%1' არც editor არის, არც translator და არც publisher</translation>
    </message>
    <message>
        <source>users add: %1 is new to the server and needs a password: give it on standard input with --password-stdin, or run in a terminal</source>
        <translation>users add: %1 სერვერისთვის ახალია და პაროლი სჭირდება: მიეცით სტანდარტულ შეყვანაზე --password-stdin-ით, ან გაუშვით ტერმინალში</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1-ის პაროლი: </translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>კიდევ ერთხელ: </translation>
    </message>
    <message>
        <source>users add: the two passwords differ; nothing was changed</source>
        <translation>users add: ორი პაროლი განსხვავდება; არაფერი შეცვლილა</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1, ენა: %2</translation>
    </message>
    <message>
        <source>Added %1 as %2 (a new role on the server)</source>
        <translation>%1 დაემატა როგორც %2 (სერვერზე ახალი როლი)</translation>
    </message>
    <message>
        <source>Added %1 as %2 (a role the server had: its password is unchanged)</source>
        <translation>%1 დაემატა როგორც %2 (სერვერზე არსებული როლი: პაროლი არ შეცვლილა)</translation>
    </message>
    <message>
        <source>Removed %1: the role is dropped (it belonged to no other database), so it cannot connect any more</source>
        <translation>%1 მოშორდა: როლი წაიშალა (სხვა მონაცემთა ბაზას არ ეკუთვნოდა), ამიტომ ვეღარ დაუკავშირდება</translation>
    </message>
    <message>
        <source>Removed %1 from this site: it may no longer connect to the site's database; the role stays for the other databases that let it in</source>
        <translation>%1 მოშორდა ამ საიტს: საიტის მონაცემთა ბაზას ვეღარ დაუკავშირდება; როლი რჩება სხვა ბაზებისთვის, რომლებიც მას უშვებს</translation>
    </message>
    <message numerus="yes">
        <source>Ended %n open session(s) of %1</source>
        <translation>
            <numerusform>დასრულდა %1-ის %n ღია სესია</numerusform>
            <numerusform>დასრულდა %1-ის %n ღია სესია</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Xliff</name>
    <message>
        <source>not an XLIFF file (no root element)</source>
        <translation>ეს არ არის XLIFF ფაილი (ძირეული ელემენტი არ არის)</translation>
    </message>
    <message>
        <source>not an XLIFF file: the root element is &lt;%1&gt;</source>
        <translation>ეს არ არის XLIFF ფაილი: ძირეული ელემენტია &lt;%1&gt;</translation>
    </message>
    <message>
        <source>unknown XLIFF namespace '%1' (Newsdesk reads XLIFF 2.0 and 1.2)</source>
        <translation>უცნობი XLIFF სახელთა სივრცე '%1' (Newsdesk კითხულობს XLIFF 2.0-სა და 1.2-ს)</translation>
    </message>
    <message>
        <source>trans-unit %1: outside a field's group</source>
        <translation>trans-unit %1: ველის ჯგუფის გარეთაა</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>არასწორად აგებული XML: %1</translation>
    </message>
    <message>
        <source>the file names no target language</source>
        <translation>ფაილში სამიზნე ენა მითითებული არ არის</translation>
    </message>
    <message>
        <source>%1 is '%2'; the site's source language is '%3'</source>
        <translation>%1 არის '%2'; საიტის წყაროს ენაა '%3'</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 არ არის</translation>
    </message>
    <message>
        <source>%1 '%2' is not a language to translate into on this site (%3)</source>
        <translation>%1 '%2' ამ საიტზე სათარგმნი ენა არ არის (%3)</translation>
    </message>
    <message>
        <source>%1 '%2' differs from the file's first target language '%3'</source>
        <translation>%1 '%2' განსხვავდება ფაილის პირველი სამიზნე ენისგან '%3'</translation>
    </message>
    <message>
        <source>unit %1: not a Newsdesk unit id</source>
        <translation>unit %1: ეს Newsdesk-ის ერთეულის id არ არის</translation>
    </message>
    <message>
        <source>unit %1: the site has no page %2 with a %3 text</source>
        <translation>unit %1: საიტს არ აქვს გვერდი %2 %3 ტექსტით</translation>
    </message>
    <message>
        <source>unit %1: the %2 text of page %3 has no such field now</source>
        <translation>unit %1: გვერდის %3 %2 ტექსტს ასეთი ველი ახლა აღარ აქვს</translation>
    </message>
    <message>
        <source>unit %1: no record of the source it was made from (exported by Newsdesk?)</source>
        <translation>unit %1: არ ჩანს, რომელი წყაროდან გაკეთდა (Newsdesk-მა გაიტანა?)</translation>
    </message>
    <message>
        <source>unit %1: the %2 source changed since this file was exported; export it again</source>
        <translation>unit %1: %2 წყარო ამ ფაილის ექსპორტის შემდეგ შეიცვალა; ხელახლა გაიტანეთ</translation>
    </message>
    <message>
        <source>unit %1: unknown segment '%2'</source>
        <translation>unit %1: უცნობი სეგმენტი '%2'</translation>
    </message>
    <message>
        <source>trans-unit '%1': unknown id</source>
        <translation>trans-unit '%1': უცნობი id</translation>
    </message>
    <message>
        <source>inline code '%1' is not a paired code of the source</source>
        <translation>ჩართული კოდი '%1' წყაროს წყვილი კოდი არ არის</translation>
    </message>
    <message>
        <source>inline code '%1' is not a line break of the source</source>
        <translation>ჩართული კოდი '%1' წყაროს სტრიქონის გადატანა არ არის</translation>
    </message>
    <message>
        <source>&lt;ec&gt; '%1' closes no open &lt;sc&gt;</source>
        <translation>&lt;ec&gt; '%1' არცერთ გახსნილ &lt;sc&gt;-ს არ ხურავს</translation>
    </message>
    <message>
        <source>inline element &lt;%1&gt; is not supported here</source>
        <translation>ჩართული ელემენტი &lt;%1&gt; აქ მხარდაჭერილი არ არის</translation>
    </message>
    <message>
        <source>&lt;sc&gt; '%1' is never closed</source>
        <translation>&lt;sc&gt; '%1' არსად იხურება</translation>
    </message>
    <message>
        <source>%1: '%2' is not a language to translate into (the site has %3; %4 is the source)</source>
        <translation>%1: '%2' სათარგმნი ენა არ არის (საიტს აქვს %3; %4 წყაროა)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) in the file</source>
        <translation>
            <numerusform>%1: ფაილში %n პრობლემაა</numerusform>
            <numerusform>%1: ფაილში %n პრობლემაა</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XliffCommand</name>
    <message>
        <source>Export texts for a CAT tool as XLIFF, or import the translated file.</source>
        <translation>გააქვს ტექსტები CAT ხელსაწყოსთვის XLIFF-ად ან შემოაქვს თარგმნილი ფაილი.</translation>
    </message>
    <message>
        <source>export or import.</source>
        <translation>export ან import.</translation>
    </message>
    <message>
        <source>The site file.</source>
        <translation>საიტის ფაილი.</translation>
    </message>
    <message>
        <source>import: the translated XLIFF file.</source>
        <translation>import: თარგმნილი XLIFF ფაილი.</translation>
    </message>
    <message>
        <source>export: the language to translate into.</source>
        <translation>export: სათარგმნი ენა.</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>export: the XLIFF file to write.</source>
        <translation>export: ჩასაწერი XLIFF ფაილი.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>export: only pages whose translation is outdated.</source>
        <translation>export: მხოლოდ გვერდები, რომელთა თარგმანიც მოძველებულია.</translation>
    </message>
    <message>
        <source>export: only pages without a translation (with --only-outdated: either).</source>
        <translation>export: მხოლოდ უთარგმნელი გვერდები (--only-outdated-თან ერთად: ორივე).</translation>
    </message>
    <message>
        <source>export: XLIFF 2.0 (default) or 1.2 for tools that read only that.</source>
        <translation>export: XLIFF 2.0 (ნაგულისხმევი) ან 1.2 ხელსაწყოებისთვის, რომლებიც მხოლოდ მას კითხულობენ.</translation>
    </message>
    <message>
        <source>xliff: expected %1 (see 'newsdesk xliff --help')</source>
        <translation>xliff: მოსალოდნელი იყო %1 (იხ. 'newsdesk xliff --help')</translation>
    </message>
    <message>
        <source>xliff export: --lang and --out are required</source>
        <translation>xliff export: --lang და --out აუცილებელია</translation>
    </message>
    <message>
        <source>xliff export: --format '%1' is not 2.0 or 1.2</source>
        <translation>xliff export: --format '%1' არც 2.0 არის და არც 1.2</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: ფაილის ჩაწერა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>%1: %2 page(s), %3 segment(s), %4 word(s) to translate (XLIFF %5)</source>
        <translation>%1: გვერდები: %2, სეგმენტები: %3, სათარგმნი სიტყვები: %4 (XLIFF %5)</translation>
    </message>
    <message>
        <source>xliff import: --%1 is an export option</source>
        <translation>xliff import: --%1 ექსპორტის პარამეტრია</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: ფაილის წაკითხვა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>newsdesk: %1: nothing was imported</source>
        <translation>newsdesk: %1: არაფერი შემოტანილა</translation>
    </message>
    <message>
        <source>%1: %2 segment(s) applied, %3 page(s) changed in %4</source>
        <translation>%1: გამოყენებულია %2 სეგმენტი, %4 ენის ვერსიაში შეიცვალა %3 გვერდი</translation>
    </message>
</context>
<context>
    <name>XliffExportDialog</name>
    <message>
        <source>Export for Translation</source>
        <translation>ექსპორტი თარგმნისთვის</translation>
    </message>
    <message>
        <source>&amp;Translate into:</source>
        <translation>&amp;სათარგმნი ენა:</translation>
    </message>
    <message>
        <source>Outdated and missing translations</source>
        <translation>მოძველებული და არარსებული თარგმანები</translation>
    </message>
    <message>
        <source>Outdated translations</source>
        <translation>მოძველებული თარგმანები</translation>
    </message>
    <message>
        <source>Missing translations</source>
        <translation>არარსებული თარგმანები</translation>
    </message>
    <message>
        <source>Every page</source>
        <translation>ყველა გვერდი</translation>
    </message>
    <message>
        <source>&amp;Pages:</source>
        <translation>&amp;გვერდები:</translation>
    </message>
    <message>
        <source>XLIFF 2.0</source>
        <translation>XLIFF 2.0</translation>
    </message>
    <message>
        <source>XLIFF 1.2 (older CAT tools)</source>
        <translation>XLIFF 1.2 (ძველი CAT ხელსაწყოები)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;ფორმატი:</translation>
    </message>
    <message>
        <source>XLIFF file</source>
        <translation>XLIFF ფაილი</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;არჩევა…</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>ფ&amp;აილი:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;ექსპორტი</translation>
    </message>
    <message>
        <source>XLIFF files (*.xlf *.xliff)</source>
        <translation>XLIFF ფაილები (*.xlf *.xliff)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>აირჩიეთ ჩასაწერი ფაილი.</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: ფაილის ჩაწერა ვერ მოხერხდა: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n page(s)</source>
        <translation>
            <numerusform>ჩაიწერა %1: %n გვერდი</numerusform>
            <numerusform>ჩაიწერა %1: %n გვერდი</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n word(s) to translate.</source>
        <translation>
            <numerusform>, სათარგმნია %n სიტყვა.</numerusform>
            <numerusform>, სათარგმნია %n სიტყვა.</numerusform>
        </translation>
    </message>
</context>
</TS>
