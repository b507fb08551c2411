import type { PersonFieldKey } from '../../utils/schema';

/** The record editor's fields, in the order officers read a citizen's papers. */
export const PERSON_FORM: { key: PersonFieldKey; label: string; type?: 'date' | 'sex' | 'textarea' }[] = [
  { key: 'fullName', label: 'Họ, chữ đệm và tên' },
  { key: 'idNumber', label: 'Số định danh cá nhân' },
  { key: 'oldIdNumber', label: 'Số CMND cũ' },
  { key: 'dateOfBirth', label: 'Ngày sinh', type: 'date' },
  { key: 'sex', label: 'Giới tính', type: 'sex' },
  { key: 'ethnicity', label: 'Dân tộc' },
  { key: 'religion', label: 'Tôn giáo' },
  { key: 'nationality', label: 'Quốc tịch' },
  { key: 'placeOfOrigin', label: 'Quê quán', type: 'textarea' },
  { key: 'placeOfBirth', label: 'Nơi sinh', type: 'textarea' },
  { key: 'birthRegistrationPlace', label: 'Nơi đăng ký khai sinh', type: 'textarea' },
  { key: 'placeOfResidence', label: 'Nơi thường trú', type: 'textarea' },
  { key: 'currentAddress', label: 'Nơi ở hiện tại', type: 'textarea' },
  { key: 'issueDate', label: 'Ngày cấp', type: 'date' },
  { key: 'issuePlace', label: 'Nơi cấp' },
  { key: 'expiryDate', label: 'Có giá trị đến', type: 'date' },
  { key: 'personalFeatures', label: 'Đặc điểm nhận dạng' },
  { key: 'phone', label: 'Số điện thoại' },
  { key: 'email', label: 'Thư điện tử' },
];
