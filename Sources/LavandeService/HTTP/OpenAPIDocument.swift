/// The OpenAPI 3.1 document of the API, served at `/v1/openapi.json`; `docs/openapi.json` is the
/// same text (a test keeps them equal).
enum OpenAPIDocument {
    static let json = #"""
{
  "openapi": "3.1.0",
  "info": {
    "title": "Lavande",
    "version": "1",
    "summary": "Data-quality and licence checks of open-data uploads, as a service (lavande serve).",
    "description": "The HTTP API of `lavande serve`: a portal or a publisher uploads the files of a dataset, a worker checks them with the rule books the service was started with, and the report can then be read in any of the report formats of `lavande check`, in French or English, with the history of the dataset and a badge for its page. See docs/platform.md for the operator's guide.\n\nEvery endpoint but `/v1/health`, `/v1/ready`, `/v1/openapi.json`, the badges and `/metrics` needs `Authorization: Bearer lvd_…` (a token made with `lavande serve token create`). A request that sends an `Authorization` header with an unknown or revoked token, or another scheme than `Bearer`, is refused with 401 on every endpoint, the public ones included.\n\nErrors are RFC 9457 problem details (`application/problem+json`): `type` is `https://lavande.dev/problems/<code>`, `title` is the code itself (`upload-too-large`, `not-found`…), `status` the HTTP status, `detail` a sentence saying what to change. A failure of the store or another unexpected error is a 500 without a problem body.\n\nResources are JSON with snake_case keys; times are ISO 8601 in UTC, to the second. Keys whose value is unknown (`started_at` before a worker took the check, `summary` before it is done…) are left out, not written as null. Links and `Location` are paths, relative to the service's root."
  },
  "tags": [
    {
      "name": "checks",
      "description": "Submitting uploads and reading their checks and reports."
    },
    {
      "name": "datasets",
      "description": "Datasets, their history, and their badges."
    },
    {
      "name": "operations",
      "description": "Liveness, readiness, metrics, rules, and this document."
    }
  ],
  "security": [
    {
      "bearer": []
    }
  ],
  "paths": {
    "/v1/health": {
      "get": {
        "tags": [
          "operations"
        ],
        "operationId": "health",
        "summary": "Liveness: the process answers",
        "description": "Answers as long as the process runs; it does not look at the store (see `/v1/ready`).",
        "security": [],
        "responses": {
          "200": {
            "description": "The process is alive.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Status"
                },
                "example": {
                  "status": "ok"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/UnauthorizedBadToken"
          }
        }
      }
    },
    "/v1/ready": {
      "get": {
        "tags": [
          "operations"
        ],
        "operationId": "ready",
        "summary": "Readiness: the store answers too",
        "description": "Runs `SELECT 1` on the store (the SQLite file or the PostgreSQL database). A load balancer should send requests only to a process that answers 200 here.",
        "security": [],
        "responses": {
          "200": {
            "description": "The store answers.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Status"
                },
                "example": {
                  "status": "ready"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/UnauthorizedBadToken"
          },
          "503": {
            "description": "The store does not answer (a plain JSON status, not a problem document; the error is logged as `store not ready`).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Status"
                },
                "example": {
                  "status": "store unavailable"
                }
              }
            }
          }
        }
      }
    },
    "/v1/openapi.json": {
      "get": {
        "tags": [
          "operations"
        ],
        "operationId": "openapi",
        "summary": "This document",
        "security": [],
        "responses": {
          "200": {
            "description": "The OpenAPI 3.1 document of the API (the same bytes as docs/openapi.json).",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/UnauthorizedBadToken"
          }
        }
      }
    },
    "/v1/rules": {
      "get": {
        "tags": [
          "operations"
        ],
        "operationId": "listRules",
        "summary": "The rule books and rules in force",
        "description": "The rules the service checks uploads with: those of `--rules`, else of the `.lavande.yaml` found from the service's working folder (or `--config`), else the default rule books; after the configuration's `disable` and `severity`. Any token may read them.",
        "responses": {
          "200": {
            "description": "The rule books and their rules.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Rules"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          }
        }
      }
    },
    "/v1/checks": {
      "post": {
        "tags": [
          "checks"
        ],
        "operationId": "submitCheck",
        "summary": "Upload the files of a dataset and queue their check",
        "description": "Two ways to send the files:\n\n- `multipart/form-data`: the fields `dataset` and `publisher` and one or more file parts. Any part with a `filename` (or `filename*=UTF-8''…`) is a file, whatever its field name; `file` is the usual one. The file name is the file's path in the dataset folder (`/` or `\\` separate sub-folders). A part sent as `application/zip` or `application/x-zip-compressed`, or whose name ends in `.zip`, is expanded into the dataset folder instead of being kept as a file. Other fields are ignored (at most 20 fields, 1,024 bytes each).\n- a bare `application/zip` (or `application/x-zip-compressed`) body, the zip of the dataset folder; `dataset` and `publisher` are then query parameters.\n\nWhen every entry of a zip sits in one top folder, that folder is the dataset folder and is removed from the paths. Directories, `__MACOSX/` and `.DS_Store` entries are skipped; links are refused.\n\nThe query parameters are read for a multipart upload too; a form field of the same name wins. A publisher token submits for its own publisher: `publisher` may be left out, and if given must be that publisher (else 403). An auditor token must give `publisher` (else 400).\n\nThe body is read as it arrives, and refused at the first byte past a limit (`--max-upload-mb`, `--max-files`, `--max-expanded-mb`, `--max-ratio`). The fields and the token's right to submit for the publisher are judged once the whole body has been read. Nothing of a refused upload is kept.",
        "parameters": [
          {
            "name": "dataset",
            "in": "query",
            "required": false,
            "description": "The dataset's name; required with a bare zip body (or as a form field).",
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 200,
              "description": "One folder name: surrounding spaces are trimmed and the text is put in Unicode NFC; it must not be empty, hold `/`, `\\` or a control character, start with `.`, be `..`, or be longer than 200 characters (255 bytes in UTF-8)."
            }
          },
          {
            "name": "publisher",
            "in": "query",
            "required": false,
            "description": "The publisher's name; required for an auditor token (or as a form field).",
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 200,
              "description": "One folder name: surrounding spaces are trimmed and the text is put in Unicode NFC; it must not be empty, hold `/`, `\\` or a control character, start with `.`, be `..`, or be longer than 200 characters (255 bytes in UTF-8)."
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "multipart/form-data": {
              "schema": {
                "type": "object",
                "required": [
                  "file"
                ],
                "properties": {
                  "dataset": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200,
                    "description": "The dataset's name. One folder name: surrounding spaces are trimmed and the text is put in Unicode NFC; it must not be empty, hold `/`, `\\` or a control character, start with `.`, be `..`, or be longer than 200 characters (255 bytes in UTF-8)."
                  },
                  "publisher": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200,
                    "description": "The publisher's name: required with an auditor token; with a publisher token, optional and equal to the token's publisher. One folder name: surrounding spaces are trimmed and the text is put in Unicode NFC; it must not be empty, hold `/`, `\\` or a control character, start with `.`, be `..`, or be longer than 200 characters (255 bytes in UTF-8)."
                  },
                  "file": {
                    "type": "array",
                    "minItems": 1,
                    "description": "The files of the dataset; each part's file name is its relative path in the dataset folder. Zips are expanded.",
                    "items": {
                      "type": "string",
                      "contentMediaType": "application/octet-stream"
                    }
                  }
                }
              },
              "encoding": {
                "file": {
                  "contentType": "application/octet-stream, text/csv, application/zip, application/x-zip-compressed"
                }
              }
            },
            "application/zip": {
              "schema": {
                "type": "string",
                "contentMediaType": "application/zip"
              }
            },
            "application/x-zip-compressed": {
              "schema": {
                "type": "string",
                "contentMediaType": "application/x-zip-compressed"
              }
            }
          }
        },
        "responses": {
          "202": {
            "description": "The upload is kept and its check queued.",
            "headers": {
              "Location": {
                "description": "The path of the check, `/v1/checks/{id}`.",
                "schema": {
                  "type": "string"
                }
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Check"
                },
                "example": {
                  "attempts": 0,
                  "dataset": "budget-primitif-2024",
                  "files": [
                    {
                      "path": "README.md",
                      "sha256": "6fd95c10c2709019e0b6890767a62fac2dfc7eba4ce30bc44b095bf9143cbeb8",
                      "size": 205
                    },
                    {
                      "path": "budget-primitif-2024.csv",
                      "sha256": "d8ccdce4450166afafedbb6522e32e1531ad60878cd6e39045b9f1c0eb80d30c",
                      "size": 525
                    }
                  ],
                  "id": "chk_3xq7mdk2vbn4wq5tz6hpl2cr7a",
                  "links": {
                    "badge": "/v1/datasets/mairie-de-lavandou/budget-primitif-2024/badge.svg",
                    "history": "/v1/datasets/mairie-de-lavandou/budget-primitif-2024/checks",
                    "report": "/v1/checks/chk_3xq7mdk2vbn4wq5tz6hpl2cr7a/report",
                    "self": "/v1/checks/chk_3xq7mdk2vbn4wq5tz6hpl2cr7a"
                  },
                  "publisher": "mairie-de-lavandou",
                  "status": "queued",
                  "submitted_at": "2025-03-14T09:30:12Z",
                  "upload_kept": true
                }
              }
            }
          },
          "400": {
            "description": "The upload is refused: `unsafe-path` (an absolute path, a `.` or `..` component, a control character, an empty file name, a name longer than 255 bytes or a path longer than 1,024 bytes, a link in a zip), `malformed-upload` (an unreadable multipart body or zip, no boundary, a body that ends in a part), or `invalid-field` (`dataset` or `publisher` missing or not a valid name, no file, two files with one path, more than 20 fields, a field longer than 1,024 bytes or not UTF-8).",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "example": {
                  "detail": "path leaving the dataset folder refused: \"../etc/passwd\"",
                  "status": 400,
                  "title": "unsafe-path",
                  "type": "https://lavande.dev/problems/unsafe-path"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "description": "`forbidden`: a publisher token named another publisher.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "example": {
                  "detail": "this token submits for mairie-de-lavandou only",
                  "status": 403,
                  "title": "forbidden",
                  "type": "https://lavande.dev/problems/forbidden"
                }
              }
            }
          },
          "413": {
            "description": "`upload-too-large`: the body is larger than `--max-upload-mb`, the upload holds more than `--max-files` files or expands to more than `--max-expanded-mb`, or a zip entry over 1 MiB expands more than `--max-ratio` times or past the size its archive declares.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "example": {
                  "detail": "the request is larger than 536870912 bytes",
                  "status": 413,
                  "title": "upload-too-large",
                  "type": "https://lavande.dev/problems/upload-too-large"
                }
              }
            }
          },
          "415": {
            "description": "`unsupported-media-type`: the body is neither `multipart/form-data` nor `application/zip`.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "example": {
                  "detail": "send multipart/form-data or application/zip, not text/csv",
                  "status": 415,
                  "title": "unsupported-media-type",
                  "type": "https://lavande.dev/problems/unsupported-media-type"
                }
              }
            }
          }
        }
      }
    },
    "/v1/checks/{id}": {
      "get": {
        "tags": [
          "checks"
        ],
        "operationId": "getCheck",
        "summary": "A check and where it stands",
        "description": "Poll it until `status` is `done` or `failed`. A check of another publisher is answered 404, as a missing one, for a publisher token.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "description": "The check's id, as given by `POST /v1/checks`.",
            "schema": {
              "type": "string",
              "pattern": "^chk_[a-z2-7]{26}$"
            },
            "example": "chk_3xq7mdk2vbn4wq5tz6hpl2cr7a"
          }
        ],
        "responses": {
          "200": {
            "description": "The check.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Check"
                },
                "example": {
                  "attempts": 1,
                  "dataset": "budget-primitif-2024",
                  "files": [
                    {
                      "path": "README.md",
                      "sha256": "6fd95c10c2709019e0b6890767a62fac2dfc7eba4ce30bc44b095bf9143cbeb8",
                      "size": 205
                    },
                    {
                      "path": "budget-primitif-2024.csv",
                      "sha256": "d8ccdce4450166afafedbb6522e32e1531ad60878cd6e39045b9f1c0eb80d30c",
                      "size": 525
                    }
                  ],
                  "finished_at": "2025-03-14T09:30:14Z",
                  "id": "chk_3xq7mdk2vbn4wq5tz6hpl2cr7a",
                  "links": {
                    "badge": "/v1/datasets/mairie-de-lavandou/budget-primitif-2024/badge.svg",
                    "history": "/v1/datasets/mairie-de-lavandou/budget-primitif-2024/checks",
                    "report": "/v1/checks/chk_3xq7mdk2vbn4wq5tz6hpl2cr7a/report",
                    "self": "/v1/checks/chk_3xq7mdk2vbn4wq5tz6hpl2cr7a"
                  },
                  "publisher": "mairie-de-lavandou",
                  "started_at": "2025-03-14T09:30:12Z",
                  "status": "done",
                  "submitted_at": "2025-03-14T09:30:12Z",
                  "summary": {
                    "errors": 0,
                    "files": 1,
                    "findings": 0,
                    "infos": 0,
                    "rows": 8,
                    "verdict": "pass",
                    "warnings": 0
                  },
                  "upload_kept": true
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/CheckNotFound"
          }
        }
      }
    },
    "/v1/checks/{id}/report": {
      "get": {
        "tags": [
          "checks"
        ],
        "operationId": "getReport",
        "summary": "The report of a done check",
        "description": "The format is `format` if given, else the first media type of `Accept` that names one (quality values are not weighed; a header that names none gives JSON), else JSON. The language is `lang` if given, else French when `Accept-Language` starts with `fr`, else English. Both languages are stored when the check runs, so either can be asked at any time. Evidence is masked as by `lavande check` without `--show-values`; the service has no way to show values.\n\n| format | `Accept` | `Content-Type` |\n|---|---|---|\n| `json` | `application/json` | `application/json` |\n| `sarif` | `application/sarif+json` | `application/sarif+json` |\n| `markdown` | `text/markdown` | `text/markdown; charset=utf-8` |\n| `html` | `text/html` | `text/html; charset=utf-8` |\n| `junit` | `application/xml` | `application/xml` |\n| `text` | `text/plain` | `text/plain; charset=utf-8` |\n\nThe format and language are read before the token and the check: a wrong `format` or `lang` is answered 406 or 400 before 401 or 404.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "description": "The check's id, as given by `POST /v1/checks`.",
            "schema": {
              "type": "string",
              "pattern": "^chk_[a-z2-7]{26}$"
            },
            "example": "chk_3xq7mdk2vbn4wq5tz6hpl2cr7a"
          },
          {
            "name": "format",
            "in": "query",
            "required": false,
            "description": "The report format (default: from `Accept`, else `json`). `github` and `gitlab` are not served.",
            "schema": {
              "type": "string",
              "enum": [
                "json",
                "sarif",
                "markdown",
                "html",
                "junit",
                "text"
              ]
            }
          },
          {
            "name": "lang",
            "in": "query",
            "required": false,
            "description": "The language of messages (default: from `Accept-Language`, else `en`).",
            "schema": {
              "type": "string",
              "enum": [
                "fr",
                "en"
              ]
            }
          },
          {
            "name": "Accept-Language",
            "in": "header",
            "required": false,
            "description": "French when it starts with `fr`, else English; only read without `lang`.",
            "schema": {
              "type": "string"
            },
            "example": "fr-FR,fr;q=0.9"
          }
        ],
        "responses": {
          "200": {
            "description": "The report.",
            "headers": {
              "Vary": {
                "description": "`Accept, Accept-Language`.",
                "schema": {
                  "type": "string"
                }
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "description": "The JSON report (`\"lavande_report\": 1`), as `lavande check --format json` writes it: see docs/report.md and docs/report.schema.json."
                }
              },
              "application/sarif+json": {
                "schema": {
                  "type": "object",
                  "description": "SARIF 2.1.0."
                }
              },
              "text/markdown": {
                "schema": {
                  "type": "string"
                }
              },
              "text/html": {
                "schema": {
                  "type": "string",
                  "description": "A standalone page."
                }
              },
              "application/xml": {
                "schema": {
                  "type": "string",
                  "description": "JUnit XML."
                }
              },
              "text/plain": {
                "schema": {
                  "type": "string",
                  "description": "The terminal report, without colours."
                }
              }
            }
          },
          "400": {
            "description": "`unknown-language`: `lang` is neither `fr` nor `en`.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "example": {
                  "detail": "lang must be fr or en",
                  "status": 400,
                  "title": "unknown-language",
                  "type": "https://lavande.dev/problems/unknown-language"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/CheckNotFound"
          },
          "406": {
            "description": "`unknown-format`: `format` names no format the service serves.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "example": {
                  "detail": "format must be one of json, sarif, markdown, html, junit, text",
                  "status": 406,
                  "title": "unknown-format",
                  "type": "https://lavande.dev/problems/unknown-format"
                }
              }
            }
          },
          "409": {
            "description": "`report-not-ready`: the check is `queued`, `running` or `failed`; a report exists once it is `done`.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "example": {
                  "detail": "the check is running: a report exists once it is done",
                  "status": 409,
                  "title": "report-not-ready",
                  "type": "https://lavande.dev/problems/report-not-ready"
                }
              }
            }
          }
        }
      }
    },
    "/v1/datasets": {
      "get": {
        "tags": [
          "datasets"
        ],
        "operationId": "listDatasets",
        "summary": "The datasets the token may read, each with its latest check",
        "description": "Every (publisher, dataset) that has a check, sorted by publisher then dataset, with its most recently submitted check whatever its status. A publisher token sees its publisher's datasets; an auditor token sees all. Not paginated.",
        "responses": {
          "200": {
            "description": "The datasets.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DatasetList"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          }
        }
      }
    },
    "/v1/datasets/{publisher}/{dataset}/checks": {
      "get": {
        "tags": [
          "datasets"
        ],
        "operationId": "getHistory",
        "summary": "The history of a dataset, with what changed between checks",
        "description": "Every check of the dataset, oldest submitted first, whatever its status. Each `done` check after the first `done` one has `changes`: the findings that appeared and disappeared since the previous `done` check, matched on rule, file and column (not on rows). Not paginated.",
        "parameters": [
          {
            "name": "publisher",
            "in": "path",
            "required": true,
            "description": "The publisher's name, percent-encoded (as in the `links` of a check).",
            "schema": {
              "type": "string",
              "maxLength": 200
            },
            "example": "mairie-de-lavandou"
          },
          {
            "name": "dataset",
            "in": "path",
            "required": true,
            "description": "The dataset's name, percent-encoded (as in the `links` of a check).",
            "schema": {
              "type": "string",
              "maxLength": 200
            },
            "example": "budget-primitif-2024"
          }
        ],
        "responses": {
          "200": {
            "description": "The history.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/History"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "description": "`not-found`: the dataset has no check, or it belongs to another publisher than a publisher token's.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "example": {
                  "detail": "no such dataset",
                  "status": 404,
                  "title": "not-found",
                  "type": "https://lavande.dev/problems/not-found"
                }
              }
            }
          }
        }
      }
    },
    "/v1/datasets/{publisher}/{dataset}/badge.svg": {
      "get": {
        "tags": [
          "datasets"
        ],
        "operationId": "getBadge",
        "summary": "The badge of a dataset, for its page on a portal",
        "description": "Public. The verdict of the dataset's latest finished check (the one that finished last, `done` or `failed`): `pass` (green), `warnings` (yellow), `fail` (red), `error` for a failed check and `not checked` for a dataset without a finished check (grey). It tells nothing else. Drawn by the service, in the flat style of shields.io.",
        "security": [],
        "parameters": [
          {
            "name": "publisher",
            "in": "path",
            "required": true,
            "description": "The publisher's name, percent-encoded (as in the `links` of a check).",
            "schema": {
              "type": "string",
              "maxLength": 200
            },
            "example": "mairie-de-lavandou"
          },
          {
            "name": "dataset",
            "in": "path",
            "required": true,
            "description": "The dataset's name, percent-encoded (as in the `links` of a check).",
            "schema": {
              "type": "string",
              "maxLength": 200
            },
            "example": "budget-primitif-2024"
          },
          {
            "name": "lang",
            "in": "query",
            "required": false,
            "description": "`fr` for French words (`conforme`, `avertissements`, `non conforme`, `erreur`, `non vérifié`); any other value, or none, gives English.",
            "schema": {
              "type": "string"
            },
            "example": "fr"
          }
        ],
        "responses": {
          "200": {
            "description": "The badge; a dataset that does not exist gets the `not checked` badge, not a 404.",
            "headers": {
              "Cache-Control": {
                "description": "`no-cache`.",
                "schema": {
                  "type": "string"
                }
              }
            },
            "content": {
              "image/svg+xml": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/UnauthorizedBadToken"
          }
        }
      }
    },
    "/metrics": {
      "get": {
        "tags": [
          "operations"
        ],
        "operationId": "metrics",
        "summary": "Prometheus metrics",
        "description": "Prometheus text exposition format. `lavande_checks{status}` (gauge) counts the checks of the store in each status, all processes together; `lavande_checks_submitted_total` and `lavande_uploads_rejected_total` (counters) count this process's submissions and refused uploads; `lavande_checks_finished_total{outcome}` (counter) and `lavande_check_duration_seconds{outcome}` (histogram) the checks this process's workers finished. Public: restrict it at the reverse proxy if needed.",
        "security": [],
        "responses": {
          "200": {
            "description": "The metrics.",
            "content": {
              "text/plain; version=0.0.4; charset=utf-8": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/UnauthorizedBadToken"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "bearer": {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "lvd_ and 32 base-32 characters",
        "description": "A token made with `lavande serve token create --role publisher --publisher NAME` (submits and reads the checks of that publisher) or `--role auditor` (reads every check, submits for any publisher). Only its SHA-256 is stored; `lavande serve token revoke` makes it fail at once."
      }
    },
    "headers": {
      "WWW-Authenticate": {
        "description": "`Bearer realm=\"lavande\"`.",
        "schema": {
          "type": "string"
        }
      }
    },
    "responses": {
      "Unauthorized": {
        "description": "`unauthorized`: no `Authorization` header, another scheme than `Bearer`, or a token that is unknown or revoked.",
        "headers": {
          "WWW-Authenticate": {
            "$ref": "#/components/headers/WWW-Authenticate"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "example": {
              "detail": "send a valid token: Authorization: Bearer lvd_… (lavande serve token create)",
              "status": 401,
              "title": "unauthorized",
              "type": "https://lavande.dev/problems/unauthorized"
            }
          }
        }
      },
      "UnauthorizedBadToken": {
        "description": "An `Authorization` header was sent, but it is not `Bearer` followed by a live token: public endpoints refuse an unknown or revoked token too, rather than ignore it.",
        "headers": {
          "WWW-Authenticate": {
            "$ref": "#/components/headers/WWW-Authenticate"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "example": {
              "detail": "send a valid token: Authorization: Bearer lvd_… (lavande serve token create)",
              "status": 401,
              "title": "unauthorized",
              "type": "https://lavande.dev/problems/unauthorized"
            }
          }
        }
      },
      "CheckNotFound": {
        "description": "`not-found`: no check has this id, or it belongs to another publisher than a publisher token's.",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "example": {
              "detail": "no such check",
              "status": 404,
              "title": "not-found",
              "type": "https://lavande.dev/problems/not-found"
            }
          }
        }
      }
    },
    "schemas": {
      "Problem": {
        "type": "object",
        "description": "RFC 9457 problem details, served as `application/problem+json`.",
        "required": [
          "type",
          "title",
          "status",
          "detail"
        ],
        "properties": {
          "type": {
            "type": "string",
            "format": "uri",
            "description": "`https://lavande.dev/problems/` and the code."
          },
          "title": {
            "type": "string",
            "description": "The code, short and stable, for programs.",
            "enum": [
              "unauthorized",
              "forbidden",
              "not-found",
              "upload-too-large",
              "unsafe-path",
              "malformed-upload",
              "unsupported-media-type",
              "invalid-field",
              "unknown-format",
              "unknown-language",
              "report-not-ready",
              "missing-parameter"
            ]
          },
          "status": {
            "type": "integer",
            "description": "The HTTP status."
          },
          "detail": {
            "type": "string",
            "description": "What is wrong and what to change, in English."
          }
        }
      },
      "Status": {
        "type": "object",
        "required": [
          "status"
        ],
        "properties": {
          "status": {
            "type": "string",
            "enum": [
              "ok",
              "ready",
              "store unavailable"
            ]
          }
        }
      },
      "CheckStatus": {
        "type": "string",
        "enum": [
          "queued",
          "running",
          "done",
          "failed"
        ],
        "description": "`queued`: waiting for a worker. `running`: claimed by a worker (it stays `running` after its worker died, until another worker takes it once the lease expired, or it is failed after `--max-attempts` claims). `done`: the rules ran and the report is stored. `failed`: the check could not run to its end; `failure` says why. `done` and `failed` do not change any more."
      },
      "UploadedFile": {
        "type": "object",
        "required": [
          "path",
          "sha256",
          "size"
        ],
        "properties": {
          "path": {
            "type": "string",
            "description": "Path in the dataset folder, `/`-separated, Unicode NFC."
          },
          "sha256": {
            "type": "string",
            "pattern": "^[0-9a-f]{64}$",
            "description": "SHA-256 of the bytes, lower-case hexadecimal."
          },
          "size": {
            "type": "integer",
            "minimum": 0,
            "description": "Bytes."
          }
        }
      },
      "Summary": {
        "type": "object",
        "description": "The figures of a done check's report (waived findings are not counted).",
        "required": [
          "verdict",
          "files",
          "rows",
          "findings",
          "errors",
          "warnings",
          "infos"
        ],
        "properties": {
          "verdict": {
            "type": "string",
            "enum": [
              "pass",
              "warnings",
              "fail"
            ],
            "description": "`fail`: at least one error (the service checks with `--fail-on error`). `warnings`: no error, at least one warning. `pass`: neither."
          },
          "files": {
            "type": "integer",
            "minimum": 0,
            "description": "Files listed in the report (data files)."
          },
          "rows": {
            "type": "integer",
            "minimum": 0
          },
          "findings": {
            "type": "integer",
            "minimum": 0
          },
          "errors": {
            "type": "integer",
            "minimum": 0
          },
          "warnings": {
            "type": "integer",
            "minimum": 0
          },
          "infos": {
            "type": "integer",
            "minimum": 0
          }
        }
      },
      "CheckLinks": {
        "type": "object",
        "description": "Paths relative to the service's root; names are percent-encoded.",
        "required": [
          "self",
          "report",
          "history",
          "badge"
        ],
        "properties": {
          "self": {
            "type": "string",
            "examples": [
              "/v1/checks/chk_3xq7mdk2vbn4wq5tz6hpl2cr7a"
            ]
          },
          "report": {
            "type": "string",
            "examples": [
              "/v1/checks/chk_3xq7mdk2vbn4wq5tz6hpl2cr7a/report"
            ]
          },
          "history": {
            "type": "string",
            "examples": [
              "/v1/datasets/mairie-de-lavandou/budget-primitif-2024/checks"
            ]
          },
          "badge": {
            "type": "string",
            "examples": [
              "/v1/datasets/mairie-de-lavandou/budget-primitif-2024/badge.svg"
            ]
          }
        }
      },
      "Check": {
        "type": "object",
        "description": "A check: what was uploaded, for which dataset and publisher, and where it stands.",
        "required": [
          "id",
          "dataset",
          "publisher",
          "status",
          "submitted_at",
          "attempts",
          "files",
          "upload_kept",
          "links"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^chk_[a-z2-7]{26}$",
            "description": "Opaque and unguessable."
          },
          "dataset": {
            "type": "string"
          },
          "publisher": {
            "type": "string"
          },
          "status": {
            "$ref": "#/components/schemas/CheckStatus"
          },
          "submitted_at": {
            "type": "string",
            "format": "date-time"
          },
          "started_at": {
            "type": "string",
            "format": "date-time",
            "description": "When a worker first took it; absent until then."
          },
          "finished_at": {
            "type": "string",
            "format": "date-time",
            "description": "Present once `done` or `failed`."
          },
          "attempts": {
            "type": "integer",
            "minimum": 0,
            "description": "How many times a worker took it: more than 1 when a worker died or gave it back at a shutdown."
          },
          "files": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/UploadedFile"
            },
            "description": "The files of the upload, zips expanded."
          },
          "upload_kept": {
            "type": "boolean",
            "description": "Whether the uploaded files are still kept; false once the retention period (`--retention-days` after the check finished) is over. The report is kept either way."
          },
          "summary": {
            "$ref": "#/components/schemas/Summary",
            "description": "Present once `done`."
          },
          "failure": {
            "type": "string",
            "description": "Why a `failed` check failed; present only then."
          },
          "links": {
            "$ref": "#/components/schemas/CheckLinks"
          }
        }
      },
      "FindingReference": {
        "type": "object",
        "description": "A finding, as the history matches them: rule, file and column (not the row).",
        "required": [
          "rule"
        ],
        "properties": {
          "rule": {
            "type": "string",
            "examples": [
              "structure.extra-cells"
            ]
          },
          "file": {
            "type": "string",
            "description": "As `file` in the JSON report (it starts with the dataset's name); absent for a finding on a whole dataset."
          },
          "column": {
            "type": "string",
            "description": "The column's header, or its 1-based number when it has none; absent when the finding is not about one column."
          }
        }
      },
      "Changes": {
        "type": "object",
        "description": "What changed since the previous `done` check of the dataset. Every finding counts, waived ones included.",
        "required": [
          "compared_with",
          "new",
          "resolved",
          "new_findings",
          "resolved_findings"
        ],
        "properties": {
          "compared_with": {
            "type": "string",
            "pattern": "^chk_[a-z2-7]{26}$",
            "description": "The id of the previous done check."
          },
          "new": {
            "type": "integer",
            "minimum": 0,
            "description": "Findings of this check that the previous one did not have."
          },
          "resolved": {
            "type": "integer",
            "minimum": 0,
            "description": "Findings of the previous check that this one does not have."
          },
          "new_findings": {
            "type": "array",
            "maxItems": 50,
            "items": {
              "$ref": "#/components/schemas/FindingReference"
            },
            "description": "The first 50 new findings, sorted by rule, file and column."
          },
          "resolved_findings": {
            "type": "array",
            "maxItems": 50,
            "items": {
              "$ref": "#/components/schemas/FindingReference"
            },
            "description": "The first 50 resolved findings, sorted likewise."
          }
        }
      },
      "HistoryEntry": {
        "type": "object",
        "required": [
          "check"
        ],
        "properties": {
          "check": {
            "$ref": "#/components/schemas/Check"
          },
          "changes": {
            "$ref": "#/components/schemas/Changes",
            "description": "Absent for a check that is not `done` and for the first `done` check."
          }
        }
      },
      "History": {
        "type": "object",
        "required": [
          "publisher",
          "dataset",
          "checks"
        ],
        "properties": {
          "publisher": {
            "type": "string"
          },
          "dataset": {
            "type": "string"
          },
          "checks": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/HistoryEntry"
            },
            "description": "Oldest submitted first."
          }
        }
      },
      "DatasetList": {
        "type": "object",
        "required": [
          "datasets"
        ],
        "properties": {
          "datasets": {
            "type": "array",
            "description": "Sorted by publisher, then dataset.",
            "items": {
              "type": "object",
              "required": [
                "publisher",
                "dataset",
                "latest"
              ],
              "properties": {
                "publisher": {
                  "type": "string"
                },
                "dataset": {
                  "type": "string"
                },
                "latest": {
                  "$ref": "#/components/schemas/Check",
                  "description": "The most recently submitted check, whatever its status."
                }
              }
            }
          }
        }
      },
      "LocalizedText": {
        "type": "object",
        "required": [
          "fr",
          "en"
        ],
        "properties": {
          "fr": {
            "type": "string"
          },
          "en": {
            "type": "string"
          }
        }
      },
      "Rules": {
        "type": "object",
        "required": [
          "books",
          "rules"
        ],
        "properties": {
          "books": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "id",
                "title"
              ],
              "properties": {
                "id": {
                  "type": "string"
                },
                "title": {
                  "$ref": "#/components/schemas/LocalizedText"
                }
              }
            }
          },
          "rules": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "id",
                "family",
                "kind",
                "severity",
                "title"
              ],
              "properties": {
                "id": {
                  "type": "string",
                  "examples": [
                    "structure.extra-cells"
                  ]
                },
                "family": {
                  "type": "string",
                  "description": "The id's part before the first dot.",
                  "examples": [
                    "structure"
                  ]
                },
                "kind": {
                  "type": "string",
                  "description": "The check kind that implements the rule (docs/rules.md)."
                },
                "severity": {
                  "type": "string",
                  "enum": [
                    "error",
                    "warning",
                    "info"
                  ],
                  "description": "After the configuration's `severity` overrides."
                },
                "title": {
                  "$ref": "#/components/schemas/LocalizedText"
                },
                "description": {
                  "$ref": "#/components/schemas/LocalizedText",
                  "description": "Absent when the rule has none."
                }
              }
            }
          }
        }
      }
    }
  }
}

"""#
}
