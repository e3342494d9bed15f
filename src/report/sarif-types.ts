// The parts of SARIF 2.1.0 that tlslint emits (OASIS SARIF 2.1.0 Errata 01, §3).

export type SarifLevel = 'none' | 'note' | 'warning' | 'error';

export interface SarifMessage {
  text: string;
}

export interface SarifArtifactLocation {
  uri: string;
  uriBaseId?: string;
  index?: number;
}

/** Lines and columns are 1-based; `endColumn` is the column just after the region (§3.30). */
export interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  charOffset: number;
  charLength: number;
  snippet?: SarifMessage;
}

export interface SarifPhysicalLocation {
  artifactLocation: SarifArtifactLocation;
  region?: SarifRegion;
}

export interface SarifLocation {
  id?: number;
  physicalLocation: SarifPhysicalLocation;
  message?: SarifMessage;
}

export interface SarifReplacement {
  deletedRegion: SarifRegion;
  insertedContent: SarifMessage;
}

export interface SarifFix {
  description: SarifMessage;
  artifactChanges: { artifactLocation: SarifArtifactLocation; replacements: SarifReplacement[] }[];
}

export interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: SarifLevel;
  message: SarifMessage;
  locations: SarifLocation[];
  relatedLocations?: SarifLocation[];
  partialFingerprints: Record<string, string>;
  fixes?: SarifFix[];
  suppressions?: { kind: 'inSource' | 'external'; justification?: string }[];
  /** SARIF 3.8 property bag: facts of the finding (a certificate's subject, issuer, validity, fingerprint). */
  properties?: Record<string, string>;
}

export interface SarifReportingDescriptor {
  id: string;
  name: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  helpUri: string;
  help: { text: string; markdown: string };
  defaultConfiguration: { level: SarifLevel };
  /** `security-severity` only for rules that find a weakness (see reportingDescriptor). */
  properties: { tags: string[]; precision: string; 'security-severity'?: string; 'problem.severity': string };
}

export interface SarifNotification {
  level: SarifLevel;
  message: SarifMessage;
  /** A notification names a file, and a line when it is about one (a disable comment). */
  locations?: Array<{ physicalLocation: { artifactLocation: SarifArtifactLocation; region?: { startLine: number } } }>;
  associatedRule?: { id: string; index?: number };
}

export interface SarifRun {
  tool: {
    driver: {
      name: string;
      version: string;
      semanticVersion?: string;
      informationUri: string;
      rules: SarifReportingDescriptor[];
    };
  };
  automationDetails?: { id: string };
  originalUriBaseIds: Record<string, { uri: string; description?: SarifMessage }>;
  artifacts: { location: SarifArtifactLocation; roles: string[] }[];
  invocations: { executionSuccessful: boolean; toolExecutionNotifications: SarifNotification[] }[];
  results: SarifResult[];
  columnKind: 'utf16CodeUnits' | 'unicodeCodePoints';
  properties: Record<string, string>;
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}
