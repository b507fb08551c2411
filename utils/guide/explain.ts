import type { PersonFieldKey } from '../schema';
import { foldVi } from '../vi/fold';

/**
 * What the citizen must check for each canonical field, in plain words. Written for someone who has never
 * used the portal: name the paper to compare with, not the technical field.
 */
export const EXPLANATIONS: Record<PersonFieldKey, string> = {
  idNumber: 'Đây là số định danh cá nhân (12 số trên căn cước). Kiểm tra từng chữ số có đúng với thẻ căn cước của bạn.',
  oldIdNumber: 'Đây là số chứng minh nhân dân cũ (9 hoặc 12 số). Kiểm tra có đúng với giấy CMND cũ, nếu bạn còn giữ.',
  fullName: 'Đây là họ và tên của bạn. Kiểm tra chữ và dấu có đúng như trên căn cước hoặc giấy khai sinh.',
  dateOfBirth: 'Kiểm tra ngày sinh có đúng với giấy khai sinh: ngày, tháng, năm.',
  sex: 'Kiểm tra giới tính đã chọn có đúng với giấy tờ của bạn.',
  ethnicity: 'Kiểm tra dân tộc có đúng như trên giấy khai sinh hoặc căn cước.',
  religion: 'Kiểm tra tôn giáo. Nếu không theo tôn giáo nào thì chọn "Không".',
  nationality: 'Kiểm tra quốc tịch, thường là "Việt Nam".',
  placeOfOrigin: 'Đây là quê quán. Kiểm tra có đúng với căn cước hoặc giấy khai sinh.',
  placeOfBirth: 'Đây là nơi sinh. Kiểm tra có đúng với giấy khai sinh.',
  birthRegistrationPlace: 'Đây là nơi đã đăng ký khai sinh. Xem ở phần cuối giấy khai sinh.',
  placeOfResidence: 'Đây là nơi thường trú. Kiểm tra số nhà, xã/phường, tỉnh/thành phố có đúng với nơi bạn đăng ký thường trú.',
  currentAddress: 'Đây là nơi bạn đang ở. Kiểm tra địa chỉ để cơ quan liên hệ và gửi kết quả đúng chỗ.',
  issueDate: 'Đây là ngày cấp giấy tờ. Xem ở mặt sau thẻ căn cước.',
  issuePlace: 'Đây là nơi cấp giấy tờ. Xem ở mặt sau thẻ căn cước.',
  expiryDate: 'Đây là ngày giấy tờ hết hạn. Nếu đã quá ngày này, bạn cần làm lại căn cước trước.',
  personalFeatures: 'Đây là đặc điểm nhận dạng. Kiểm tra có đúng với mặt sau thẻ căn cước.',
  phone: 'Kiểm tra số điện thoại. Cơ quan sẽ nhắn tin hoặc gọi vào số này để báo kết quả.',
  email: 'Kiểm tra địa chỉ thư điện tử. Kết quả và thông báo có thể được gửi vào đây.',
};

/** Explanation for a field; unknown fields still get a useful generic sentence naming the label. */
export function explain(key: PersonFieldKey | undefined, label?: string): string {
  key ??= keyForLabel(label);
  if (key && EXPLANATIONS[key]) return EXPLANATIONS[key];
  return label ? `Kiểm tra ô "${label}" đã đúng với giấy tờ của bạn.` : 'Kiểm tra thông tin trong ô này đã đúng với giấy tờ của bạn.';
}

export const SUBMIT_EXPLANATION =
  'Khi mọi thông tin đã đúng, bạn tự bấm nút này để nộp hồ sơ. Sau khi nộp, cổng dịch vụ công sẽ cho bạn một mã hồ sơ: hãy ghi lại mã đó, ' +
  'kết quả và lịch hẹn sẽ được báo qua tin nhắn hoặc thư điện tử.';

/** Label words (folded) that name each field on portals, most specific first, for fields filled without a known key. */
const LABEL_HINTS: [PersonFieldKey, string[]][] = [
  ['oldIdNumber', ['cmnd', 'chung minh']],
  ['idNumber', ['dinh danh', 'can cuoc', 'cccd', 'so giay to']],
  ['fullName', ['ho va ten', 'ho ten', 'chu dem va ten', 'ten nguoi']],
  ['dateOfBirth', ['ngay sinh', 'nam sinh']],
  ['sex', ['gioi tinh']],
  ['ethnicity', ['dan toc']],
  ['religion', ['ton giao']],
  ['nationality', ['quoc tich']],
  ['placeOfOrigin', ['que quan']],
  ['birthRegistrationPlace', ['noi dang ky khai sinh']],
  ['placeOfBirth', ['noi sinh']],
  ['placeOfResidence', ['thuong tru']],
  ['currentAddress', ['noi o hien tai', 'cho o hien tai', 'dia chi lien he', 'dia chi']],
  ['issueDate', ['ngay cap']],
  ['issuePlace', ['noi cap']],
  ['expiryDate', ['gia tri den', 'ngay het han']],
  ['personalFeatures', ['dac diem nhan dang']],
  ['phone', ['dien thoai', 'so dt', 'sdt']],
  ['email', ['email', 'thu dien tu']],
];

export function keyForLabel(label: string | undefined): PersonFieldKey | undefined {
  if (!label) return undefined;
  const f = foldVi(label).replace(/[^a-z0-9]+/g, ' ');
  return LABEL_HINTS.find(([, words]) => words.some((w) => f.includes(w)))?.[0];
}
