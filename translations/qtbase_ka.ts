<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ka">
<!-- Georgian for the Qt strings Newsdesk shows (standard buttons, text context menus, the file
     dialog): Debian ships no qtbase_ka.qm. Kept by hand: lupdate does not touch this file. -->
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>კარგი</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;არა</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;დიახ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>დახმარება</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>გახსნა</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>შენახვა</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>შეწყვეტა</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>გამოყენება</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>დახურვა</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>ჩამოყრა</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ხელახლა ცდა</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>ნაგულისხმევის აღდგენა</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>გაუქმება</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>უგულებელყოფა</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>&amp;არა ყველასთვის</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>ყველას შენახვა</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>გაუქმება შენახვის გარეშე</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>&amp;დიახ ყველასთვის</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>კარგი</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>ამო&amp;ჭრა</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;ასლი</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;გამეორება</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;დაბრუნება</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;ჩასმა</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>წაშლა</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ყველაფრის მონიშვნა</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>ამო&amp;ჭრა</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;ასლი</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;გამეორება</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;დაბრუნება</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;ჩასმა</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>წაშლა</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ყველაფრის მონიშვნა</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;ბმულის მისამართის კოპირება</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>დეტალების ჩვენება...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>დეტალების დამალვა...</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;კლება</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;მატება</translation>
    </message>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;ყველაფრის მონიშვნა</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>უკან</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>გახსნა</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;გახსნა</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;შენახვა</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ფაილები</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ფაილის &amp;სახელი:</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>ძებნა აქ:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>ფაილის ტიპი:</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>შენახვა როგორც</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>ყველა ფაილი (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>ყველა ფაილი (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>საქაღალდეები</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>საქაღალდე:</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>ახალი საქაღალდე</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;ახალი საქაღალდე</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>ახალი საქაღალდის შექმნა</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>ახალი საქაღალდის შექმნა</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>ზედა საქაღალდე</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>უკან დაბრუნება</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>წინ გადასვლა</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>ზედა საქაღალდეში გადასვლა</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>წინ</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>სია</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>დეტალები</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>სიის ხედზე გადართვა</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>დეტალურ ხედზე გადართვა</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>ბოლოს ნანახი ადგილები</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>გვერდითი პანელი</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>ადგილებისა და სანიშნეების სია</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;დამალული ფაილების ჩვენება</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;სახელის გადარქმევა</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;წაშლა</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>წაშლა</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>მოცილება</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;არჩევა</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>საქაღალდის პოვნა</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>საქაღალდის წაშლა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 უკვე არსებობს.
გსურთ მისი ჩანაცვლება?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>ნამდვილად გსურთ &apos;%1&apos;-ის წაშლა?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
ფაილი ვერ მოიძებნა.
შეამოწმეთ, სწორად არის თუ არა მითითებული ფაილის სახელი.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
საქაღალდე ვერ მოიძებნა.
შეამოწმეთ, სწორად არის თუ არა მითითებული საქაღალდის სახელი.</translation>
    </message>
</context>
</TS>
