using DialogueOps.Domain.Delegations;

namespace DialogueOps.Web.Infrastructure.Seeding;

/// <summary>
/// Fictional people for the demo dialogue: names typical of each country, written in the script
/// the culture uses, so that every page and document meets Chinese, Thai, Khmer, Lao, Myanmar and Vietnamese from day one.
/// </summary>
internal static class DemoPeople
{
    public sealed record Person(
        string Honorific, string Given, string Family, NameOrder Order, string? Native,
        string Position, string Organization, ParticipantCategory Category, int Rank);

    public sealed record Team(string Country, string HeadOrganization, string? HeadOrganizationLocal, Person[] People);

    private const NameOrder F = NameOrder.FamilyFirst;
    private const NameOrder G = NameOrder.GivenFirst;

    public static readonly Team[] Teams =
    [
        new("CN", "China Foreign Affairs University", "外交学院",
        [
            new("H.E.", "Wenjun", "Li", F, "李文君", "Vice Minister (ret.), Senior Fellow", "China Foreign Affairs University", ParticipantCategory.Official, 10),
            new("Prof.", "Fei", "Gao", F, "高飞", "Director, Asia Research Institute", "China Foreign Affairs University", ParticipantCategory.Speaker, 20),
            new("Dr.", "Xiaomei", "Zhang", F, "张晓梅", "Senior Research Fellow", "China Institute of International Studies", ParticipantCategory.Expert, 40),
            new("Dr.", "Hao", "Wang", F, "王浩", "Associate Professor of Law", "Shenzhen University", ParticipantCategory.Expert, 50),
            new("Ms.", "Jing", "Chen", F, "陈静", "Deputy Director, Digital Economy Office", "Qianhai Authority", ParticipantCategory.Official, 30),
            new("Mr.", "Lei", "Zhao", F, "赵磊", "Programme Officer", "China Foreign Affairs University", ParticipantCategory.Staff, 90),
            new("Ms.", "Yuxin", "Liu", F, "刘雨欣", "Reporter", "Shenzhen Daily", ParticipantCategory.Media, 95),
        ]),
        new("MY", "Institute of Strategic and International Studies (ISIS) Malaysia", null,
        [
            new("Dato'", "Farah", "Aziz", G, null, "Chief Executive", "ISIS Malaysia", ParticipantCategory.Official, 10),
            new("Dr.", "Siti", "Rahman", G, null, "Senior Fellow, Technology Policy", "ISIS Malaysia", ParticipantCategory.Speaker, 20),
            new("Mr.", "Arjun", "Nair", G, null, "Analyst", "ISIS Malaysia", ParticipantCategory.Expert, 50),
            new("Ms.", "Mei Ling", "Tan", G, "陈美玲", "Principal Assistant Secretary", "Ministry of Digital, Malaysia", ParticipantCategory.Official, 30),
            new("Prof.", "Hafiz", "Ismail", G, null, "Professor of Computer Science", "Universiti Malaya", ParticipantCategory.Expert, 40),
            new("Ms.", "Nurul", "Huda", G, null, "Research Officer", "ISIS Malaysia", ParticipantCategory.Staff, 90),
        ]),
        new("TH", "Thailand Development Research Institute", "สถาบันวิจัยเพื่อการพัฒนาประเทศไทย",
        [
            new("Dr.", "Somchai", "Jaidee", G, "สมชาย ใจดี", "President", "Thailand Development Research Institute", ParticipantCategory.Official, 15),
            new("Dr.", "Pimchanok", "Srisuk", G, "พิมพ์ชนก ศรีสุข", "Research Director, Digital Governance", "Thailand Development Research Institute", ParticipantCategory.Speaker, 20),
            new("Mr.", "Anan", "Wongsawat", G, "อนันต์ วงศ์สวัสดิ์", "Director, AI Policy Division", "Ministry of Digital Economy and Society", ParticipantCategory.Official, 30),
            new("Ms.", "Kanya", "Thongchai", G, "กัญญา ธงชัย", "Researcher", "Chulalongkorn University", ParticipantCategory.Expert, 50),
            new("Mr.", "Krit", "Boonmee", G, "กฤต บุญมี", "Lecturer", "Mahidol University", ParticipantCategory.Expert, 55),
            new("Ms.", "Siriporn", "Kaewmanee", G, "ศิริพร แก้วมณี", "Coordinator", "Thailand Development Research Institute", ParticipantCategory.Staff, 90),
        ]),
        new("VN", "Diplomatic Academy of Vietnam", "Học viện Ngoại giao",
        [
            new("Amb.", "Thị Minh Khai", "Nguyễn", F, "Nguyễn Thị Minh Khai", "Vice President", "Diplomatic Academy of Vietnam", ParticipantCategory.Official, 12),
            new("Dr.", "Văn Hùng", "Trần", F, "Trần Văn Hùng", "Director, Institute for Foreign Policy", "Diplomatic Academy of Vietnam", ParticipantCategory.Speaker, 20),
            new("Ms.", "Thu Hà", "Lê", F, "Lê Thu Hà", "Deputy Director, Digital Transformation", "Ministry of Science and Technology", ParticipantCategory.Official, 30),
            new("Mr.", "Quốc Bảo", "Phạm", F, "Phạm Quốc Bảo", "Researcher", "Vietnam National University", ParticipantCategory.Expert, 50),
            new("Ms.", "Ngọc Anh", "Vũ", F, "Vũ Ngọc Anh", "Researcher", "Diplomatic Academy of Vietnam", ParticipantCategory.Expert, 55),
            new("Mr.", "Đức Minh", "Hoàng", F, "Hoàng Đức Minh", "Officer", "Diplomatic Academy of Vietnam", ParticipantCategory.Staff, 90),
        ]),
        new("KH", "Cambodian Institute for Cooperation and Peace", "វិទ្យាស្ថានកម្ពុជាសម្រាប់សហប្រតិបត្តិការ និងសន្តិភាព",
        [
            new("H.E.", "Chantha", "Sok", F, "សុខ ចាន់ថា", "Secretary of State", "Ministry of Post and Telecommunications", ParticipantCategory.Official, 10),
            new("Dr.", "Sopheap", "Chea", F, "ជា សុភាព", "Executive Director", "Cambodian Institute for Cooperation and Peace", ParticipantCategory.Speaker, 20),
            new("Mr.", "Rithy", "Heng", F, "ហេង រិទ្ធី", "Senior Researcher", "Cambodian Institute for Cooperation and Peace", ParticipantCategory.Expert, 50),
            new("Ms.", "Sreymom", "Kim", F, "គីម ស្រីមុំ", "Lecturer", "Royal University of Phnom Penh", ParticipantCategory.Expert, 55),
            new("Mr.", "Vannak", "Ly", F, "លី វណ្ណៈ", "Assistant", "Cambodian Institute for Cooperation and Peace", ParticipantCategory.Staff, 90),
            new("Ms.", "Bopha", "Chan", F, "ចាន់ បុប្ផា", "Researcher", "Asian Vision Institute", ParticipantCategory.Observer, 70),
        ]),
        new("LA", "Institute of Foreign Affairs, Lao PDR", "ສະຖາບັນການຕ່າງປະເທດ",
        [
            new("Dr.", "Somphone", "Phommavong", G, "ສົມພອນ ພົມມະວົງ", "Director General", "Institute of Foreign Affairs", ParticipantCategory.Official, 15),
            new("Ms.", "Keo", "Sisouphanh", G, "ແກ້ວ ສີສຸພັນ", "Deputy Director", "Ministry of Technology and Communications", ParticipantCategory.Official, 30),
            new("Mr.", "Bounmy", "Inthavong", G, "ບຸນມີ ອິນທະວົງ", "Researcher", "National University of Laos", ParticipantCategory.Expert, 50),
            new("Ms.", "Noy", "Keomany", G, "ນ້ອຍ ແກ້ວມະນີ", "Researcher", "Institute of Foreign Affairs", ParticipantCategory.Expert, 55),
            new("Mr.", "Khamla", "Vongsa", G, "ຄຳຫລ້າ ວົງສາ", "Officer", "Institute of Foreign Affairs", ParticipantCategory.Staff, 90),
            new("Dr.", "Phet", "Souvanna", G, "ເພັດ ສຸວັນນະ", "Senior Fellow", "Lao Academy of Social and Economic Sciences", ParticipantCategory.Speaker, 25),
        ]),
        new("MM", "Myanmar Institute of Strategic and International Studies", null,
        [
            new("U", "Kyaw", "Kyaw", G, "ကျော်ကျော်", "Chairman", "Myanmar ISIS", ParticipantCategory.Official, 15),
            new("Daw", "Thandar", "Hlaing", G, "သန္တာလှိုင်", "Director", "Myanmar ISIS", ParticipantCategory.Speaker, 20),
            new("Dr.", "Min", "Thu", G, "မင်းသူ", "Lecturer", "University of Yangon", ParticipantCategory.Expert, 50),
            new("Daw", "Su", "Myat", G, "စုမြတ်", "Researcher", "Myanmar ISIS", ParticipantCategory.Expert, 55),
            new("U", "Zaw", "Win", G, "ဇော်ဝင်း", "Deputy Director", "Ministry of Transport and Communications", ParticipantCategory.Official, 30),
            new("Ms.", "Hnin", "Wai", G, "နှင်းဝေ", "Officer", "Myanmar ISIS", ParticipantCategory.Staff, 90),
        ]),
        new("ID", "Centre for Strategic and International Studies Jakarta", null,
        [
            new("Dr.", "Dewi", "Fortuna", G, null, "Senior Fellow", "CSIS Indonesia", ParticipantCategory.Speaker, 20),
            new("Mr.", "Budi", "Santoso", G, null, "Director, AI Governance", "Ministry of Communication and Digital Affairs", ParticipantCategory.Official, 15),
            new("Ms.", "Ayu", "Lestari", G, null, "Researcher", "CSIS Indonesia", ParticipantCategory.Expert, 50),
            new("Dr.", "Rizal", "Hakim", G, null, "Lecturer", "Universitas Indonesia", ParticipantCategory.Expert, 55),
            new("Mr.", "Andi", "Pratama", G, null, "Reporter", "Kompas", ParticipantCategory.Media, 95),
            new("Ms.", "Sari", "Wulandari", G, null, "Programme Officer", "CSIS Indonesia", ParticipantCategory.Staff, 90),
        ]),
        new("PH", "Foreign Service Institute of the Philippines", null,
        [
            new("Amb.", "Maria Teresa", "Santos", G, null, "Director General", "Foreign Service Institute", ParticipantCategory.Official, 15),
            new("Dr.", "Jose", "Reyes", G, null, "Professor of Public Policy", "University of the Philippines", ParticipantCategory.Speaker, 25),
            new("Ms.", "Ana", "Cruz", G, null, "Director, Cybersecurity Bureau", "Department of Information and Communications Technology", ParticipantCategory.Official, 30),
            new("Mr.", "Miguel", "Bautista", G, null, "Research Fellow", "Stratbase ADR Institute", ParticipantCategory.Expert, 50),
            new("Ms.", "Carmela", "Villanueva", G, null, "Research Analyst", "Foreign Service Institute", ParticipantCategory.Expert, 55),
            new("Mr.", "Paolo", "Garcia", G, null, "Officer", "Foreign Service Institute", ParticipantCategory.Staff, 90),
        ]),
        new("SG", "S. Rajaratnam School of International Studies", null,
        [
            new("Prof.", "Wei Ming", "Lim", F, "林伟明", "Dean", "S. Rajaratnam School of International Studies", ParticipantCategory.Speaker, 15),
            new("Ms.", "Priya", "Raman", G, null, "Deputy Director, AI Governance", "Infocomm Media Development Authority", ParticipantCategory.Official, 30),
            new("Dr.", "Jun Hao", "Ong", F, "王俊豪", "Research Fellow", "RSIS", ParticipantCategory.Expert, 50),
            new("Ms.", "Hui Min", "Goh", F, "吴慧敏", "Associate Research Fellow", "RSIS", ParticipantCategory.Expert, 55),
            new("Mr.", "Daniel", "Koh", G, null, "Programme Manager", "RSIS", ParticipantCategory.Staff, 90),
            new("Dr.", "Aisha", "Hamid", G, null, "Senior Fellow", "ISEAS–Yusof Ishak Institute", ParticipantCategory.Observer, 70),
        ]),
    ];
}
