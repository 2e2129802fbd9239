/**
 * Names for the synthetic facility: common Arabic names with the Latin spellings found in
 * registers (English, French and other transliterations), so search is exercised across
 * scripts and variants. Each entry is `[Arabic, ...Latin spellings]`.
 */

/** A name in Arabic script and its Latin spellings. */
export type NameEntry = readonly [arabic: string, ...latin: string[]];

/** Given names of men. */
export const MALE_NAMES: readonly NameEntry[] = [
  ['محمد', 'Mohamed', 'Muhammad', 'Mohammed', 'Mohamad'],
  ['أحمد', 'Ahmed', 'Ahmad'],
  ['علي', 'Ali', 'Aly'],
  ['حسين', 'Hussein', 'Husain', 'Hussain', 'Husayn'],
  ['حسن', 'Hassan', 'Hasan'],
  ['عمر', 'Omar', 'Umar'],
  ['يوسف', 'Youssef', 'Yusuf', 'Yousef'],
  ['إبراهيم', 'Ibrahim', 'Brahim'],
  ['خالد', 'Khaled', 'Khalid'],
  ['عبد الله', 'Abdullah', 'Abdallah', 'Abd Allah'],
  ['عبد الرحمن', 'Abdelrahman', 'Abdulrahman', 'Abderrahmane'],
  ['عبد العزيز', 'Abdelaziz', 'Abdulaziz', 'Abd al-Aziz'],
  ['مصطفى', 'Mustafa', 'Moustapha', 'Mostafa'],
  ['سليمان', 'Suleiman', 'Sulayman', 'Slimane'],
  ['عثمان', 'Othman', 'Osman', 'Uthman'],
  ['جمال', 'Jamal', 'Djamel', 'Gamal'],
  ['طارق', 'Tariq', 'Tarek'],
  ['بشير', 'Bashir', 'Béchir'],
  ['شريف', 'Sharif', 'Chérif'],
  ['قاسم', 'Qasim', 'Kassem'],
  ['حمزة', 'Hamza', 'Hamzah'],
  ['صالح', 'Saleh', 'Salih'],
  ['فتحي', 'Fathi', 'Fethi'],
  ['مهدي', 'Mahdi', 'Mehdi'],
  ['إسماعيل', 'Ismail', 'Ismael'],
  ['عيسى', 'Issa', 'Isa'],
  ['موسى', 'Moussa', 'Musa'],
  ['نور الدين', 'Nour al-Din', 'Noureddine', 'Nuruddin'],
  ['صلاح', 'Salah', 'Salaheddine'],
  ['ياسر', 'Yasser', 'Yasir'],
  ['كريم', 'Karim', 'Kareem'],
  ['سعيد', 'Said', 'Saeed'],
  ['رشيد', 'Rachid', 'Rashid'],
  ['عادل', 'Adel', 'Adil'],
  ['منصور', 'Mansour', 'Mansur'],
  ['زكريا', 'Zakaria', 'Zakariya'],
  ['أسامة', 'Osama', 'Oussama', 'Usama'],
  ['بلال', 'Bilal', 'Belal'],
  ['أنس', 'Anas'],
  ['هشام', 'Hisham', 'Hicham'],
];

/** Given names of women. */
export const FEMALE_NAMES: readonly NameEntry[] = [
  ['فاطمة', 'Fatima', 'Fatma', 'Fatimah'],
  ['عائشة', 'Aisha', 'Aicha', 'Aysha'],
  ['مريم', 'Maryam', 'Meriem', 'Mariam'],
  ['زينب', 'Zainab', 'Zeinab', 'Zaynab'],
  ['خديجة', 'Khadija', 'Khadidja'],
  ['أمينة', 'Amina', 'Aminah'],
  ['سارة', 'Sara', 'Sarah'],
  ['نور', 'Nour', 'Noor', 'Nur'],
  ['ليلى', 'Layla', 'Leila', 'Laila'],
  ['هدى', 'Huda', 'Houda'],
  ['رقية', 'Ruqayya', 'Roukaya'],
  ['حليمة', 'Halima', 'Halimah'],
  ['سميرة', 'Samira', 'Sameera'],
  ['ياسمين', 'Yasmin', 'Yasmine', 'Jasmin'],
  ['أسماء', 'Asma', 'Asmaa'],
  ['سلمى', 'Salma', 'Selma'],
  ['رحمة', 'Rahma', 'Rahmah'],
  ['حنان', 'Hanan'],
  ['نادية', 'Nadia', 'Nadiya'],
  ['جميلة', 'Jamila', 'Djamila', 'Gamila'],
];

/** Family names. */
export const FAMILY_NAMES: readonly NameEntry[] = [
  ['الحسن', 'Al-Hassan', 'El Hassan', 'Alhassan'],
  ['العلي', 'Al-Ali', 'El Ali'],
  ['الخطيب', 'Al-Khatib', 'El Khatib'],
  ['الزين', 'Al-Zein', 'El Zein', 'Ezzine'],
  ['حداد', 'Haddad'],
  ['النجار', 'Al-Najjar', 'En-Najjar'],
  ['الشامي', 'Al-Shami', 'Ech-Chami'],
  ['المصري', 'Al-Masri', 'El Masry'],
  ['التميمي', 'Al-Tamimi', 'Et-Tamimi'],
  ['عبد الكريم', 'Abdelkarim', 'Abdul Karim'],
  ['بن علي', 'Ben Ali', 'Bin Ali'],
  ['يوسف', 'Youssef', 'Yusuf'],
  ['منصور', 'Mansour', 'Mansur'],
  ['سالم', 'Salem', 'Salim'],
  ['الجبوري', 'Al-Jabouri', 'Al-Jubouri'],
  ['الدليمي', 'Al-Dulaimi', 'Ad-Dulaymi'],
  ['الكردي', 'Al-Kurdi', 'El Kurdi'],
  ['عثمان', 'Osman', 'Othman'],
  ['قاسم', 'Kassem', 'Qasim'],
  ['خليل', 'Khalil', 'Khelil'],
  ['إدريس', 'Idriss', 'Idris'],
  ['الفاسي', 'El Fassi', 'Al-Fasi'],
  ['بوزيد', 'Bouzid', 'Bu Zaid'],
  ['الأمين', 'Al-Amin', 'El Amine'],
  ['حمدان', 'Hamdan'],
  ['الرشيد', 'Al-Rashid', 'Er-Rachid'],
  ['عواد', 'Awad', 'Aouad'],
  ['السيد', 'El Sayed', 'Al-Sayyid'],
  ['الطاهر', 'Al-Taher', 'Et-Tahar'],
  ['مراد', 'Mourad', 'Murad'],
];

/** Names of foreign nationals recorded in Latin script only. */
export const FOREIGN_NAMES: readonly (readonly [given: string, family: string, nationality: string])[] = [
  ['Jean', 'Dupont', 'France'],
  ['Ahmet', 'Yılmaz', 'Türkiye'],
  ['Mamadou', 'Diallo', 'Guinea'],
  ['Ousmane', 'Traoré', 'Mali'],
  ['Ali Reza', 'Karimi', 'Iran'],
  ['Abdirahman', 'Warsame', 'Somalia'],
  ['John', 'Okafor', 'Nigeria'],
  ['Mehmet', 'Demir', 'Türkiye'],
];
