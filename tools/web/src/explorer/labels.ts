// Chinese wording for the API's enums, as legal staff read them.
import type { DelegationMode, RegionLevel } from './types';

export const modeLabels: Record<DelegationMode, string> = {
  DEVOLVE: '下放',
  ENTRUST: '委托',
  TRANSFER: '划转',
  EMPOWER: '赋权',
  CONCENTRATE: '相对集中',
};

export const levelLabels: Record<RegionLevel, string> = {
  UNKNOWN: '地区',
  PROVINCE: '省级',
  CITY: '地市级',
  COUNTY: '县',
  DISTRICT: '区',
  COUNTY_LEVEL_CITY: '县级市',
  ZONE: '园区',
  TOWNSHIP: '乡镇',
};

export const documentKindLabels: Record<string, string> = {
  LAW: '法律',
  ADMINISTRATIVE_REGULATION: '行政法规',
  CENTRAL_POLICY: '中央政策',
  PROVINCIAL: '省级文件',
  MUNICIPAL: '市级文件',
  LOCAL: '本级文件',
  REPORT: '年度报告',
  UNKNOWN: '文件',
};

export const problemStatusLabels: Record<string, string> = {
  OPEN: '待整改',
  RECTIFYING: '整改中',
  RECTIFIED: '已整改',
};

export const searchTypeLabels: Record<string, string> = {
  REGION: '地区',
  AGENCY: '机关',
  DOCUMENT: '文件',
  PROBLEM: '问题',
  SENTENCE: '原文',
};

export function docTitle(title: string): string {
  return title.startsWith('《') ? title : `《${title}》`;
}
