/** Japanese labels shared by the reports. */
export const SEVERITY_LABELS: Record<'S1' | 'S2' | 'S3' | 'S4', string> = { S1: 'S1 重大', S2: 'S2 高', S3: 'S3 中', S4: 'S4 低' };

export const CATEGORY_LABELS: Record<'network' | 'server' | 'software' | 'security' | 'business-program' | 'hardware', string> = {
  network: 'ネットワーク',
  server: 'サーバ',
  software: 'ソフトウェア',
  security: 'セキュリティ',
  'business-program': '業務プログラム',
  hardware: 'ハードウェア',
};

/** Names to show instead of ids (sites and people of the settings). */
export interface Names {
  sites?: ReadonlyMap<string, string>;
  people?: ReadonlyMap<string, string>;
}

export const nameOf = (names: ReadonlyMap<string, string> | undefined, id: string | undefined): string => (id === undefined ? '-' : (names?.get(id) ?? id));
