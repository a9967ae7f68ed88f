import { hubWordsVi } from "@kehoach/hub/react";
import { STATUS_LABELS } from "@kehoach/plan-model";
import { NARRATIVE_LABELS } from "@kehoach/report-model";
import type { RichText } from "@kehoach/ui/messages";
import type { FormProblem } from "../views/entry-form.js";

// Every word the report generator shows, in Vietnamese (the shared components bring their own).
// The English set (en.ts) has the same shape. What the app writes into documents and files (the
// báo cáo, its appendix, the returns) stays Vietnamese, as documents are.

export const vi = {
  locale: "vi-VN",
  /** The province hub's status and sign-in (from @kehoach/hub). */
  hub: hubWordsVi,
  hubReview: {
    notice: (n: number) => `${n} mục tiến độ có hai phiên bản từ hai máy của đơn vị`,
    noticeText:
      "Hai máy đã sửa cùng một mục khi không kết nối với máy chủ tỉnh. Báo cáo đang dùng một bản; hãy xem và chọn bản giữ lại, bản kia được lưu riêng trên máy chủ.",
    review: "Xem và chọn",
    title: "Hai máy của đơn vị đã sửa cùng một mục tiến độ",
    text: (n: number) =>
      `Chọn bản giữ lại cho từng nhiệm vụ; những gì chỉ một bên sửa đã được ghép sẵn. Còn ${n} mục cần xem.`,
    ours: (by: string, at: string) => `Bản đang dùng (${by}, ${at})`,
    theirs: (by: string, at: string) => `Bản của máy khác (${by}, ${at})`,
    useTheirs: "Dùng bản của máy khác",
    failed: "Chưa ghi được lựa chọn",
  },
  hubReport: {
    heading: "Báo cáo kỳ này với tỉnh",
    send: "Đánh dấu đã gửi báo cáo kỳ",
    reopen: "Mở lại để sửa",
    sent: (time: string) => `Đã gửi báo cáo kỳ lúc ${time}`,
    notSent: "Chưa gửi báo cáo kỳ",
    explain: "Tỉnh theo dõi tiến độ qua máy chủ ngay khi nhập; đánh dấu khi báo cáo của kỳ đã đủ.",
  },
  app: {
    title: "Báo cáo tiến độ",
    loading: "Đang mở dữ liệu…",
    savedAt: (time: string) => `Đã lưu lúc ${time}`,
    storedHere: "Dữ liệu lưu trên trình duyệt này",
    saving: "Đang lưu…",
    unsaved: (n: number) => `Chưa lưu được ${n} thay đổi`,
    saveFailedTitle: "Chưa lưu được vào bộ nhớ của trình duyệt",
    saveFailedQuota: "Bộ nhớ của trình duyệt dành cho trang này đã đầy.",
    saveFailedRefused: (detail: string) => `Trình duyệt từ chối ghi dữ liệu (${detail}).`,
    saveFailedKept:
      "Những gì bạn đã nhập vẫn còn trên màn hình và được giữ tạm trên trình duyệt; ứng dụng tự thử lưu lại vài giây một lần. Hãy giải phóng dung lượng (xóa bớt dữ liệu của các trang khác trên trình duyệt) rồi bấm “Thử lưu lại ngay”.",
    retryNow: "Thử lưu lại ngay",
    loadFailed: "Không mở được dữ liệu",
    loadFailedWhy: {
      "no-plan-on-hub":
        "Dữ liệu của đơn vị trên máy chủ tỉnh chưa có kế hoạch nào: hãy soạn và lưu kế hoạch ở ứng dụng Soạn kế hoạch.",
      "unreadable-plan": "Không đọc được kế hoạch đã lưu.",
    },
    loadFailedStorage: (detail: string) =>
      `Không mở được bộ nhớ cục bộ của trình duyệt (IndexedDB): ${detail}`,
    steps: "Các bước báo cáo",
    tabProgress: "Tiến độ",
    tabCollect: "Thu thập từ cơ quan",
    tabDashboard: "Tổng quan",
    tabReport: "Báo cáo",
    tabAgency: "Cơ quan điền báo cáo",
    progressHeading: (period: string) => `Tiến độ ${period}`,
    carryTitle: (n: number) => `${n} nhiệm vụ chưa hoàn thành ở kỳ trước`,
    carryAction: "Chuyển sang kỳ này",
    carryText:
      "Chuyển tình trạng và tỷ lệ của các nhiệm vụ này sang kỳ đang báo cáo (không chuyển số liệu, tài liệu kiểm chứng).",
    carried: (n: number) => `Đã chuyển ${n} nhiệm vụ sang kỳ này`,
    contradictionsTitle: (n: number) => `${n} điểm mâu thuẫn cần kiểm tra`,
    contradictionsText:
      "Tình trạng ghi nhận không khớp với ngày tháng ở một số nhiệm vụ; báo cáo dùng tình trạng tính theo ngày tháng. Xem chi tiết ở từng nhiệm vụ.",
  },
  period: {
    heading: "Kế hoạch và kỳ báo cáo",
    plan: "Kế hoạch",
    period: "Kỳ báo cáo",
    year: "Năm",
    badYear: "Năm gồm 4 chữ số, từ 2000 đến 2100.",
    from: "Từ ngày",
    to: "Đến ngày",
    badRange: "Ngày kết thúc phải sau ngày bắt đầu.",
    window: "Thời gian chốt số liệu:",
    cutoff: (day: number) => ` (chốt ngày ${day} hằng tháng theo quy định của địa phương)`,
    choices: {
      q1: "Quý I",
      q2: "Quý II",
      q3: "Quý III",
      q4: "Quý IV",
      halfYear: "6 tháng đầu năm",
      nineMonths: "9 tháng",
      year: "Cả năm",
      adhoc: "Đột xuất (chọn ngày)",
    },
  },
  statuses: STATUS_LABELS,
  dashboard: {
    summary: (period: string, total: number, done: number, overdue: number, percent: string) =>
      `${period}: ${total} nhiệm vụ, đã hoàn thành ${done}; quá hạn ${overdue}; tiến độ chung ${percent}.`,
    overall: "Tiến độ chung của kế hoạch (bình quân có trọng số)",
    byStatus: "Biểu đồ 1. Nhiệm vụ theo tình trạng thực hiện",
    status: "Tình trạng",
    tasks: "Số nhiệm vụ",
    share: "Tỷ lệ",
    bar: "Thanh tỷ lệ",
    byAgency: "Biểu đồ 2. Tỷ lệ hoàn thành theo cơ quan chủ trì",
    lead: "Cơ quan chủ trì",
    done: "Hoàn thành",
    inProgress: "Đang thực hiện trong hạn",
    overdue: "Quá hạn",
    notStarted: "Chưa thực hiện",
    doneShare: "Tỷ lệ hoàn thành",
    attention: "Nhiệm vụ cần chú ý",
    overdueUnfinished: "Quá hạn chưa hoàn thành",
    noActivity: "Không có hoạt động trong kỳ",
    none: "Không có.",
    awaitingDate: "Chờ ngày hoàn thành",
    awaitingSummary: (n: number) =>
      `${n} nhiệm vụ được báo đã hoàn thành nhưng chưa có ngày hoàn thành: chưa được tính vào các số liệu dưới đây cho đến khi nhập ngày.`,
    awaitingList: "Báo đã hoàn thành nhưng chưa có ngày hoàn thành",
    moreColumns: (hidden: string[]) =>
      hidden.length > 0
        ? `Bảng còn các cột ${hidden.join(", ")} ở bên phải: cuộn ngang để xem.`
        : "Bảng còn nội dung ở bên phải: cuộn ngang để xem.",
  },
  task: {
    number: (n: string) => `Nhiệm vụ ${n}.`,
    lead: "Chủ trì",
    unassigned: "chưa giao",
    time: "Thời gian",
    dueLatest: "Hạn của lần gần nhất",
    due: "Hạn",
    figuresNow: "Số liệu trong kỳ",
    before: (date: string) => `Kỳ trước (${date}):`,
    states: { done: "đã hoàn thành", in_progress: "đang thực hiện", not_started: "chưa thực hiện" },
    carried: "Chuyển từ kỳ trước.",
    contradiction: "Tình trạng mâu thuẫn với ngày tháng",
    awaitingDate: "Chờ ngày hoàn thành",
    awaitingTitle: "Cần ngày hoàn thành",
    awaitingText:
      "Nhiệm vụ được ghi đã hoàn thành nhưng chưa có ngày hoàn thành: chưa xét được đúng hạn hay quá hạn, nên chưa được tính vào tổng quan và báo cáo. Nhập ngày hoàn thành trong phần nhập tiến độ.",
    open: (n: string) => `Nhập tiến độ nhiệm vụ ${n}`,
    close: (n: string) => `Đóng nhập tiến độ nhiệm vụ ${n}`,
    legend: (n: string) => `Tiến độ nhiệm vụ ${n}`,
    status: "Tình trạng",
    percent: "Tỷ lệ hoàn thành (%)",
    dataDate: "Ngày số liệu",
    completedOn: "Ngày hoàn thành",
    result: "Kết quả thực hiện",
    resultHint: "Những việc đã làm trong kỳ, như sẽ ghi vào báo cáo.",
    figures: (n: string) => `Số liệu kết quả của nhiệm vụ ${n} (số lượng trong kỳ, không cộng dồn)`,
    indicator: (i: number) => `Chỉ tiêu ${i}`,
    amount: (i: number) => `Số lượng ${i}`,
    unit: (i: number) => `Đơn vị ${i}`,
    removeIndicator: (i: number) => `Xóa chỉ tiêu ${i}`,
    addDeclared: (label: string) => `Thêm “${label}”`,
    addIndicator: "Thêm chỉ tiêu",
    evidence: (n: string) => `Tài liệu kiểm chứng của nhiệm vụ ${n}`,
    evidenceName: (i: number) => `Tên tài liệu ${i}`,
    evidenceUrl: (i: number) => `Đường dẫn ${i}`,
    removeEvidence: (i: number) => `Xóa tài liệu ${i}`,
    addEvidence: "Thêm tài liệu kiểm chứng",
    problems: {
      percent: "Tỷ lệ hoàn thành phải là số từ 0 đến 100.",
      date: "Cần ngày số liệu (ngày/tháng/năm).",
      completedOn: "Nhiệm vụ đã hoàn thành cần ngày hoàn thành để xét đúng hạn hay quá hạn.",
    } satisfies Record<FormProblem, string>,
  },
  agency: {
    intro:
      "Dành cho cơ quan được giao nhiệm vụ: mở tệp báo cáo nhận từ văn phòng, điền tiến độ các nhiệm vụ của cơ quan, rồi lưu tệp đã điền để gửi lại. Dữ liệu tổng hợp của văn phòng không bị thay đổi ở bước này.",
    file: "Tệp báo cáo nhận từ văn phòng (.json)",
    cannotOpen: "Không mở được tệp",
    cannotOpenFile: (name: string, problems: string) => `Không mở được tệp “${name}”: ${problems}`,
    current: "Tệp đang điền",
    heading: (agency: string, period: string) => `Báo cáo của ${agency} — ${period}`,
    plan: (title: string, window: string) => `Kế hoạch: ${title}. Thời gian chốt số liệu: ${window}. Gửi về:`,
    reporter: "Người điền báo cáo",
    save: "Lưu tệp đã điền để gửi lại",
    saved: "Đã lưu tệp",
    savedText: (name: string, to: string) => `Đã lưu tệp “${name}”. Gửi tệp này về ${to}.`,
  },
  collect: {
    exportHeading: "1. Gửi tệp báo cáo cho các cơ quan",
    exportIntro:
      "Mỗi cơ quan nhận một tệp chỉ gồm các nhiệm vụ mình chủ trì, đã điền sẵn số liệu hiện có. Cơ quan mở tệp bằng chính ứng dụng này (thẻ “Cơ quan điền báo cáo”), điền và gửi lại.",
    agencyTasks: (n: number) => `(${n} nhiệm vụ)`,
    exportFor: (agency: string) => `Xuất tệp cho ${agency}`,
    exported: (agency: string) => `Đã xuất tệp cho ${agency}`,
    exportedText: (tasks: number, period: string) => `${tasks} nhiệm vụ, ${period}.`,
    importHeading: "2. Nhập tệp các cơ quan gửi lại",
    returnFile: "Tệp báo cáo của cơ quan (.json)",
    periodDataHeading: "3. Nhập tệp dữ liệu kỳ",
    periodDataIntro:
      "Tệp “dữ liệu kỳ” xuất từ thẻ Báo cáo (ở máy khác hoặc trước đây): chỉ nhận tệp của cùng kế hoạch và kỳ; nhiệm vụ có số liệu khác với hiện có được hỏi từng nhiệm vụ.",
    periodDataFile: "Tệp dữ liệu kỳ (.json)",
    periodData: "tệp dữ liệu kỳ",
    agencyFile: (agency: string) => `tệp của ${agency}`,
    imported: (what: string) => `Đã nhập ${what}`,
    importedText: (changed: number, kept: number, same: number) =>
      `Cập nhật ${changed} nhiệm vụ; giữ nguyên số liệu của văn phòng ở ${kept} nhiệm vụ; ${same} nhiệm vụ không có thay đổi.`,
    refused: (name: string) => `Không nhập tệp “${name}”`,
    keptAsIs: "Dữ liệu hiện có giữ nguyên.",
    notImported: (what: string) => `Chưa nhập ${what}`,
    cancelled: "Đã hủy; dữ liệu hiện có giữ nguyên.",
    conflictTitle: (from: string) => `Số liệu khác nhau — ${from}`,
    conflictText: (n: number, bothEdited: boolean) =>
      `${n} nhiệm vụ ${
        bothEdited
          ? "đã được cả văn phòng và cơ quan sửa sau khi gửi tệp"
          : "có số liệu trong tệp khác với số liệu hiện có"
      }. Chọn số liệu giữ lại cho từng nhiệm vụ; chưa chọn đủ thì chưa nhập gì.`,
    cancel: "Hủy, không nhập",
    apply: "Áp dụng lựa chọn",
    differenceAt: (task: string) => `Khác biệt ở nhiệm vụ ${task}`,
    ours: "Số liệu của văn phòng",
    theirs: (what: string) => `Số liệu trong ${what}`,
    keepWhich: (task: string) => `Giữ số liệu nào cho nhiệm vụ “${task}”?`,
    keepOurs: "Giữ số liệu của văn phòng",
    useAgency: "Dùng số liệu của cơ quan",
    useFile: "Dùng số liệu trong tệp",
    noData: "Chưa có số liệu.",
    dated: (date: string) => `Ngày ${date}`,
    states: { done: "Đã hoàn thành", in_progress: "Đang thực hiện", not_started: "Chưa thực hiện" },
  },
  report: {
    making: (what: string) => `Đang tạo ${what}…`,
    failed: (what: string, reason: string) => `Không tạo được ${what}: ${reason}`,
    made: (file: string) => `Đã tạo tệp ${file}`,
    pdf: "PDF",
    word: "tệp Word",
    excel: "tệp Excel",
    data: "tệp dữ liệu",
    docHeading: "Thông tin văn bản",
    number: "Số báo cáo",
    numberHint: "Để trống khi chưa lấy số.",
    issuedOn: "Ngày ban hành",
    subject: "Trích yếu" as RichText,
    toSuperior: "Gửi cấp trên (văn bản có “Kính gửi”)" as RichText,
    addressees: "Kính gửi" as RichText,
    addresseesHint: "Mỗi nơi nhận một dòng.",
    signer: "Người ký",
    noSigner: "— Chưa chọn người ký —",
    recipients: "Nơi nhận" as RichText,
    recipientsHint: "Mỗi nơi một dòng; “Như trên” và “Lưu” được thêm tự động." as RichText,
    archive: "Lưu" as RichText,
    narrativeHeading: "Nội dung đánh giá",
    narrativeIntro:
      "Nội dung được gợi ý từ số liệu (nhiệm vụ quá hạn, chưa hoàn thành, không có hoạt động). Sửa tự do; dòng bắt đầu bằng “- ” là một ý.",
    narratives: NARRATIVE_LABELS,
    reuse: (label: string) => `Dùng lại nội dung gợi ý: ${label}`,
    exportHeading: "Xuất báo cáo",
    exportPdf: "Xuất PDF",
    exportWord: "Xuất Word",
    exportExcel: "Xuất Excel phụ lục",
    exportData: "Xuất dữ liệu kỳ (JSON)",
    sectionHeading: "Phần lồng ghép vào báo cáo cải cách hành chính",
    sectionHint: "Cùng nội dung, viết thành một khoản của báo cáo CCHC chung của đơn vị.",
    sectionText: "Nội dung phần lồng ghép",
    copied: "Đã sao chép phần lồng ghép.",
    copyFailed: "Trình duyệt không cho sao chép; hãy chọn nội dung và sao chép bằng tay.",
    copy: "Sao chép phần lồng ghép",
    previewHeading: "Xem trước báo cáo",
    previewMore: "Trang báo cáo rộng hơn khung xem: cuộn ngang để xem phần bên phải.",
    findingsHeading: "Kiểm tra trước khi ban hành",
    findingsBlocking: (errors: number, warnings: number) =>
      `Còn ${errors} lỗi phải sửa trước khi ban hành${warnings > 0 ? ` và ${warnings} điểm cần xem lại` : ""}.`,
    findingsClear: (warnings: number) =>
      warnings > 0
        ? `Không còn lỗi; có thể ban hành. Còn ${warnings} điểm cần xem lại trước khi ban hành.`
        : "Không còn lỗi; có thể ban hành.",
    severity: { error: "Lỗi", warning: "Cần xem lại", info: "Ghi chú" },
    edxml: "gói edXML",
    exportEdxml: "Xuất gói edXML",
    edxmlHint:
      "Gói edXML (QCVN 102:2016) gồm bản PDF, bản Word và thông tin văn bản, để gửi qua hệ thống quản lý văn bản và trục liên thông. Chỉ xuất được bản ban hành: có số, ngày, người ký và không còn lỗi.",
    edxmlRefused: (errors: number) =>
      `Chưa xuất được gói edXML: còn ${errors} lỗi ở phần “Kiểm tra trước khi ban hành”.`,
    unrouted: (places: string) =>
      `Không gửi được qua trục liên thông tới: ${places} (chưa có mã định danh điện tử).`,
    codesHeading: "Mã định danh điện tử (Quyết định 20/2020/QĐ-TTg)" as RichText,
    codesHint:
      "Danh mục cơ quan của địa phương chưa có mã của các cơ quan dưới đây. Nhập mã để gói edXML ghi đúng nơi gửi và nơi nhận; mã được ghi nhớ trên trình duyệt này.",
    senderCode: (name: string) => `Mã định danh của cơ quan gửi: ${name}`,
    recipientCode: (name: string) => `Mã định danh của nơi nhận: ${name}`,
    badCode: "Mã gồm bốn phần như 000.00.00.H40.",
  },
};

export type Messages = typeof vi;
