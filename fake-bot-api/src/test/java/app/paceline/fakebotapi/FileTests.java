package app.paceline.fakebotapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

class FileTests {

  private static final byte[] YAML = "title: Baking\r\n--\r\nsessions: []\n\u0000\u00ff".getBytes(
      StandardCharsets.ISO_8859_1);

  private FakeBotApi api;
  private OkHttpTelegramClient telegram;
  private FakePrivateChat ana;

  @BeforeEach
  void start() {
    api = FakeBotApi.start(FakeBotApi.Options.defaults().withoutRateLimits());
    telegram = TestClients.telegram(api);
    ana = api.privateChat(api.user(1001, "Ana", "en"));
    ana.send("/start");
  }

  @AfterEach
  void stop() {
    api.close();
  }

  /**
   * Downloads the way a bot must against the fake: TelegramBots' own downloadFile always goes to api.telegram.org.
   */
  private byte[] download(File file) {
    HttpResponse<byte[]> response = TestClients.getBytes(api.baseUrl() + "/file/bot" + api.token() + "/"
        + file.getFilePath());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  @Test
  void aMultipartDocumentIsStoredAndDownloadableThroughGetFile() throws Exception {
    Message sent = telegram.execute(SendDocument.builder().chatId(1001L)
        .document(new InputFile(new ByteArrayInputStream(YAML), "course.yaml")).caption("Your <i>course</i>")
        .parseMode("HTML").replyMarkup(InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(
            InlineKeyboardButton.builder().text("Import").callbackData("import").build())).build()).build());

    File file = telegram.execute(GetFile.builder().fileId(sent.getDocument().getFileId()).build());

    assertThat(sent.getDocument().getFileName()).isEqualTo("course.yaml");
    assertThat(sent.getDocument().getMimeType()).isEqualTo("application/x-yaml");
    assertThat(sent.getCaption()).isEqualTo("Your course");
    assertThat(file.getFileSize()).isEqualTo(YAML.length);
    assertThat(download(file)).isEqualTo(YAML);
    BotMessage recorded = api.messages(1001).get(0);
    assertThat(recorded.kind()).isEqualTo("document");
    assertThat(recorded.fileName()).isEqualTo("course.yaml");
    assertThat(recorded.fileBytes()).isEqualTo(YAML);
    assertThat(recorded.callbackData()).containsExactly("import");
  }

  @Test
  void aFileIdCanBeSentAgainAsAPhoto() throws Exception {
    Message first = telegram.execute(SendPhoto.builder().chatId(1001L)
        .photo(new InputFile(new ByteArrayInputStream(new byte[] {1, 2, 3}), "p.jpg")).build());
    String fileId = first.getPhoto().get(0).getFileId();

    Message again = telegram.execute(SendPhoto.builder().chatId(1001L).photo(new InputFile(fileId)).build());

    assertThat(again.getPhoto().get(0).getFileId()).isEqualTo(fileId);
    assertThat(api.messages(1001)).extracting(BotMessage::kind).containsExactly("photo", "photo");
  }

  @Test
  void aDocumentTheUserSendsCanBeDownloadedByTheBot() throws Exception {
    ana.sendDocument("my-course.yaml", "application/x-yaml", YAML, "please import");

    List<Update> updates = telegram.execute(GetUpdates.builder().offset(2).build());
    Message message = updates.get(0).getMessage();
    File file = telegram.execute(GetFile.builder().fileId(message.getDocument().getFileId()).build());

    assertThat(message.getCaption()).isEqualTo("please import");
    assertThat(message.getDocument().getFileName()).isEqualTo("my-course.yaml");
    assertThat(download(file)).isEqualTo(YAML);
  }

  @Test
  void anUnknownFilePathIsNotFound() {
    HttpResponse<byte[]> response = TestClients.getBytes(api.baseUrl() + "/file/bot" + api.token()
        + "/documents/nope.txt");

    assertThat(response.statusCode()).isEqualTo(404);
  }
}
